/**
 * Helpers of the VIP pricing scenarios (`vip-search`, `vip-product`, `vip-addItemToOrder`): the
 * same operations as the core `search`, `product` and `addItemToOrder`, by a SIGNED-IN customer.
 * On Radiant the customers hold the channel's highest tier (VIP Prestige on `fr`: −15 % and an
 * absolute price), so every price goes through the VIP price function; on stock Vendure
 * (`RADIANT_PLUGINS=off`, no VIP plugin) they are plain signed-in customers, the baseline of the
 * ratio. Each virtual user is its own customer (its own session and cart), created through the
 * Admin API in the scenario's setup and signed in on its first operation (during the warm-up).
 */
import { expectOk } from '../../../bench/lib/http.mjs';

/** Customers per configuration (at least the virtual users; extra ones are unused). */
const CUSTOMERS = 32;
const PASSWORD = 'bench-vip-2026';

const CREATE_CUSTOMER = `
mutation BenchVipCustomer($input: CreateCustomerInput!, $password: String!) {
    createCustomer(input: $input, password: $password) {
        __typename
        ... on Customer { id }
        ... on ErrorResult { errorCode message }
    }
}`;

const TIERS = `query BenchVipTiers { vipTiers { id name rank customerGroup { id } } }`;

const ADD_TO_GROUP = `
mutation BenchVipGroup($groupId: ID!, $customerIds: [ID!]!) {
    addCustomersToGroup(customerGroupId: $groupId, customerIds: $customerIds) { id }
}`;

const LOGIN = `
mutation BenchVipLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
        __typename
        ... on CurrentUser { id }
        ... on ErrorResult { errorCode message }
    }
}`;

const STATUS = `query BenchVipStatus { activeCustomer { vipStatus { tier { name } } } }`;

/** Setup promises per configuration, so the three scenarios share one set of customers. */
const created = new Map();

/**
 * Creates the configuration's bench customers once (e-mail `vip-bench-<n>@radiant.example`) and,
 * on Radiant, puts them in the highest-ranked tier of the `fr` channel. Returns their e-mails.
 *
 * @param {any} ctx the scenario setup context (bench/run.mjs)
 * @returns {Promise<{ vipEmails: string[], vipTier: string | null }>}
 */
export function vipCustomers(ctx) {
    if (!created.has(ctx.adminApiUrl)) created.set(ctx.adminApiUrl, createCustomers(ctx));
    return created.get(ctx.adminApiUrl);
}

async function createCustomers(ctx) {
    const emails = [];
    const ids = [];
    for (let n = 0; n < CUSTOMERS; n++) {
        const emailAddress = `vip-bench-${n}@radiant.example`;
        const { createCustomer } = await ctx.adminRequest(CREATE_CUSTOMER, {
            input: { emailAddress, firstName: 'Bench', lastName: `VIP ${n}` },
            password: PASSWORD,
        });
        expectOk(createCustomer, `createCustomer(${emailAddress})`);
        emails.push(emailAddress);
        ids.push(createCustomer.id);
    }
    if (ctx.configName !== 'radiant') return { vipEmails: emails, vipTier: null };
    const { vipTiers } = await ctx.adminRequest(TIERS);
    const top = [...vipTiers].sort((a, b) => b.rank - a.rank)[0];
    if (!top) throw new Error('vip bench setup: the fr channel has no VIP tier (demo seed missing?)');
    await ctx.adminRequest(ADD_TO_GROUP, { groupId: top.customerGroup.id, customerIds: ids });
    return { vipEmails: emails, vipTier: top.name };
}

/**
 * Signs the virtual user in as its own customer on its first operation (its session is kept by
 * `vu.client`); on Radiant, checks that the customer holds the tier.
 */
export async function signedIn(vu) {
    if (vu.state.signedIn) return;
    const emails = vu.shared.vipEmails;
    if (vu.id >= emails.length) throw new Error(`vip bench: more than ${emails.length} virtual users`);
    const { login } = await vu.client.request(LOGIN, { username: emails[vu.id], password: PASSWORD });
    expectOk(login, `login(${emails[vu.id]})`);
    if (vu.configName === 'radiant') {
        const { activeCustomer } = await vu.client.request(STATUS);
        if (activeCustomer?.vipStatus.tier?.name !== vu.shared.vipTier)
            throw new Error(`${emails[vu.id]} does not hold ${vu.shared.vipTier}`);
    }
    vu.state.signedIn = true;
}

/**
 * Throws unless the prices are VIP prices on Radiant (a tier applied to at least one of them), so
 * that the scenario measures the VIP path and not regular prices by mistake.
 *
 * @param {Array<{ vipTier?: { name: string } | null }>} priced search results or variants
 */
export function expectVipPrices(vu, priced, label) {
    if (vu.configName !== 'radiant') return;
    if (!priced.some(p => p.vipTier?.name === vu.shared.vipTier))
        throw new Error(`${label}: no ${vu.shared.vipTier} price among ${priced.length} prices`);
}
