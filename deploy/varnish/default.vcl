vcl 4.1;
# Radiant's page cache in front of the storefront (docs/deployment.md, "Page cache"), for Varnish 7
# with vmod xkey from varnish-modules (https://github.com/varnish/varnish-modules, bundled in the
# official `varnish` Docker image). What it relies on from the storefront:
#
# - cached catalogue pages say `Cache-Control: public, max-age=0, s-maxage=N, stale-while-revalidate=30`
#   and `Surrogate-Key: <keys>`; everything else says private/no-store (or sets a cookie) and is passed;
# - `Vary: Cookie, Accept-Encoding` is the safe header for caches that know nothing of Radiant: this
#   file knows which cookies change a page (channel, theme, pricing key) and hashes only those;
# - pages of a pricing tier (VIP) are never shared: a request whose `radiant_price_<channel>` cookie
#   holds a non-empty key (the value does not start with ".") goes to the storefront, which checks
#   the cookie's signature and keeps those pages itself;
# - purges: the API server and the worker send `PURGE /_radiant/purge` with `xkey-purge: <keys>`
#   (plugins/catalogue-cache, PAGE_CACHE_PURGE_URLS); only addresses in `purgers` may.

import xkey;

backend storefront {
    .host = "storefront";
    .port = "4321";
    .probe = {
        .url = "/robots.txt";
        .interval = 10s;
        .timeout = 3s;
        .window = 5;
        .threshold = 3;
    }
}

# The API servers and workers (the compose network's private ranges).
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No keys"));
        }
        # Hard purge: the pages are gone at once (no grace). The storefront's own cache gets the same
        # keys by Redis pub/sub.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(204, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Only the catalogue pages are ever cached (the storefront says so too).
    if (req.url !~ "^(/en)?/($|\?|collections/|products/|search)") {
        return (pass);
    }
    # A one-shot message to show, or a pricing tier: the storefront answers.
    if (req.http.Cookie ~ "(^|;\s*)radiant_flash=" || req.http.Cookie ~ "(^|;\s*)radiant_price_[a-z]+=[^.;]") {
        return (pass);
    }
    # A session the storefront has not seen yet (no cart cookie): let it set the shopper cookies.
    if (req.http.Cookie ~ "(^|;\s*)radiant_session_[a-z]+=" && req.http.Cookie !~ "(^|;\s*)radiant_cart_[a-z]+=") {
        return (pass);
    }
    # The variant: channel and theme (the language is in the URL; the pricing is regular here).
    set req.http.x-radiant-channel = "fr";
    if (req.http.Cookie ~ "(^|;\s*)radiant_channel=ci(;|$)") {
        set req.http.x-radiant-channel = "ci";
    }
    set req.http.x-radiant-theme = "";
    if (req.http.Cookie ~ "(^|;\s*)radiant_theme=(light|dark)(;|$)") {
        set req.http.x-radiant-theme = regsub(req.http.Cookie, "^.*(?:^|;\s*)radiant_theme=(light|dark).*$", "\1");
    }
    # The cookies stay on the request (the storefront reads the session on a miss) but are not in the hash.
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    hash_data(req.http.x-radiant-channel);
    hash_data(req.http.x-radiant-theme);
    return (lookup);
}

sub vcl_backend_response {
    # A page that sets a cookie, or is not public, is never stored (Varnish's built-in rule, explicit).
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Our hash already holds what the page varies on; keep Accept-Encoding only.
    if (beresp.http.Vary) {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)cookie,?\s*", "");
        if (beresp.http.Vary ~ "^\s*$") {
            unset beresp.http.Vary;
        }
    }
    # vmod xkey indexes the object by the keys of `xkey`; the storefront sends them as Surrogate-Key.
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_deliver {
    # Browsers revalidate (max-age=0); the keys are for caches, not for them.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    if (obj.hits > 0) {
        set resp.http.x-varnish-cache = "HIT";
    } else {
        set resp.http.x-varnish-cache = "MISS";
    }
}
