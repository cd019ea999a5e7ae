/**
 * Demo product photography, drawn as SVG and rendered to JPEG with sharp: no network, no fonts.
 *
 * The catalogue (`data/products.csv`) is the single source of truth: every file named in its
 * `assets` / `variantAssets` columns gets an image, and the shape drawn (flacon, dropper bottle,
 * jar, tube, pump bottle) follows the product's `Category` facet. The colour palette is derived
 * deterministically from the file name, so images are identical from one run to the next.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Side of a product image, in pixels. */
const SIZE = 1200;
/** JPEG quality of every generated image. */
const QUALITY = 82;
/** How many images are rendered at the same time. */
const CONCURRENCY = 4;

/** The packaging shapes the generator knows how to draw. */
type Shape = 'flacon' | 'dropper' | 'jar' | 'tube' | 'slim-tube' | 'pump' | 'oil';

/** Shape drawn for each English `Category` facet value of products.csv. */
const SHAPE_BY_CATEGORY: Record<string, Shape> = {
    'Eau de parfum': 'flacon',
    'Eau de toilette': 'flacon',
    'Extrait de parfum': 'flacon',
    Serum: 'dropper',
    Cream: 'jar',
    Mask: 'jar',
    Scrub: 'jar',
    Cleanser: 'pump',
    'Eye care': 'slim-tube',
    'Hand cream': 'tube',
    'Shower gel': 'tube',
    'Body lotion': 'pump',
    'Body oil': 'oil',
};

/** Metal or lacquer finishes used for caps, collars and lids. */
type Finish = 'gold' | 'rosegold' | 'silver' | 'noir' | 'ivory';

/** A coordinated set of tones for one image. */
interface Palette {
    name: string;
    /** Background gradient, top to bottom. */
    bgTop: string;
    bgBottom: string;
    /** Backdrop arch behind the product. */
    arch: string;
    /** Table surface the product stands on, back to front. */
    floorBack: string;
    floorFront: string;
    /** Juice / glass tint and its deep shade. */
    tint: string;
    deep: string;
    /** Opaque packaging colour (tubes, jars, pump bottles). */
    body: string;
    /** Preferred finishes for caps and lids; one is picked per product. */
    finishes: [Finish, Finish];
    /** True on dark backgrounds (softer shadows, stronger highlights). */
    dark?: boolean;
}

/** The curated palettes: refined, muted tones for a luxury house. */
const PALETTES: Palette[] = [
    {
        name: 'champagne',
        bgTop: '#f5eee3', bgBottom: '#eadcc6', arch: '#efe3d0', floorBack: '#e1cfb3', floorFront: '#d3bd9b',
        tint: '#e8c47f', deep: '#a8772f', body: '#efe1c8', finishes: ['gold', 'ivory'],
    },
    {
        name: 'rose-gold',
        bgTop: '#f7ebe6', bgBottom: '#ecd6cc', arch: '#f2dfd7', floorBack: '#e3c5b8', floorFront: '#d5ae9f',
        tint: '#eeb3a1', deep: '#b06f5e', body: '#f1d6cb', finishes: ['rosegold', 'ivory'],
    },
    {
        name: 'ivory',
        bgTop: '#f8f5ef', bgBottom: '#ece6da', arch: '#f3efe7', floorBack: '#e2dacb', floorFront: '#d4cab6',
        tint: '#efe4c9', deep: '#bda775', body: '#f7f2e6', finishes: ['gold', 'noir'],
    },
    {
        name: 'noir',
        bgTop: '#2d2926', bgBottom: '#181614', arch: '#37322e', floorBack: '#211e1b', floorFront: '#121110',
        tint: '#5a4331', deep: '#1d1410', body: '#1e1c1a', finishes: ['gold', 'noir'], dark: true,
    },
    {
        name: 'sage',
        bgTop: '#ebeee4', bgBottom: '#d9dfcd', arch: '#e3e8da', floorBack: '#cad2bc', floorFront: '#b8c1a6',
        tint: '#b5c59b', deep: '#6b7d52', body: '#dfe6d2', finishes: ['silver', 'ivory'],
    },
    {
        name: 'amber',
        bgTop: '#f4e8d9', bgBottom: '#e7d0b4', arch: '#efdec9', floorBack: '#ddc09c', floorFront: '#cda782',
        tint: '#d68a34', deep: '#7c4312', body: '#c98a4c', finishes: ['noir', 'gold'],
    },
    {
        name: 'blush',
        bgTop: '#f9eeee', bgBottom: '#f0dcdc', arch: '#f5e5e5', floorBack: '#e8cbcb', floorFront: '#dbb6b6',
        tint: '#f2bcc3', deep: '#c17f89', body: '#f6dfe0', finishes: ['gold', 'rosegold'],
    },
    {
        name: 'pearl',
        bgTop: '#f0efed', bgBottom: '#dedcd8', arch: '#e9e8e4', floorBack: '#d1cec8', floorFront: '#c1bdb6',
        tint: '#dcd8d0', deep: '#8e887e', body: '#eeede9', finishes: ['silver', 'noir'],
    },
    {
        name: 'terracotta',
        bgTop: '#f3e4da', bgBottom: '#e5c8b6', arch: '#eed8ca', floorBack: '#dab49c', floorFront: '#ca9d83',
        tint: '#d98a66', deep: '#92472b', body: '#d69478', finishes: ['gold', 'ivory'],
    },
    {
        name: 'iris',
        bgTop: '#f0ecf3', bgBottom: '#ded6e7', arch: '#e8e2ee', floorBack: '#d0c6dc', floorFront: '#c0b3cf',
        tint: '#c4b3dc', deep: '#75629a', body: '#e6dff0', finishes: ['silver', 'gold'],
    },
    {
        name: 'celadon',
        bgTop: '#e9f0ee', bgBottom: '#d3e0dd', arch: '#e1eae7', floorBack: '#c3d3cf', floorFront: '#b0c4bf',
        tint: '#a7cdc6', deep: '#4d877e', body: '#dbe9e5', finishes: ['silver', 'ivory'],
    },
    {
        name: 'bleu-nuit',
        bgTop: '#232a36', bgBottom: '#131822', arch: '#2c3441', floorBack: '#1a202a', floorFront: '#0e1218',
        tint: '#355377', deep: '#0f1c2e', body: '#1b2331', finishes: ['silver', 'gold'], dark: true,
    },
];

/** Words in a file name that call for a particular palette (checked in order). */
const PALETTE_HINTS: Array<[RegExp, string]> = [
    [/nuit|nocturne|noir|night/, 'noir'],
    [/soir/, 'bleu-nuit'],
    [/rose|idole|chloe|girl/, 'blush'],
    [/ambre|amber|shalimar|cabernet/, 'amber'],
    [/iris|guerlain-mon/, 'iris'],
    [/vetiver|basilic|philosykos/, 'sage'],
    [/aqua|hyaluron|camellia|fraiche/, 'celadon'],
    [/neroli|lyslait|resveratrol/, 'ivory'],
    [/santal|sandalwood|karite|shea|sucre/, 'terracotta'],
    [/vitamin|prodigieu|le-parfum|abeille|vie-est-belle/, 'champagne'],
    [/do-son|genifique|double-serum/, 'pearl'],
]

/** Colours of each finish, as gradient stops across the part (left to right). */
const FINISHES: Record<Finish, string[]> = {
    gold: ['#6f5220', '#c9a55c', '#f6e7b5', '#d8b66d', '#9c7832', '#e9d08f', '#7a5a24'],
    rosegold: ['#6e3f33', '#c48b76', '#f7d9cb', '#d9a38e', '#9d6552', '#ebc2b0', '#74453a'],
    silver: ['#5c5f63', '#b5b9be', '#f4f5f6', '#c9ccd0', '#878b90', '#e2e4e6', '#60646a'],
    noir: ['#050505', '#1d1d1d', '#5a5a5a', '#222222', '#0b0b0b', '#3a3a3a', '#050505'],
    ivory: ['#b9ae98', '#e6decd', '#fffdf7', '#efe8da', '#cfc5b1', '#f7f2e7', '#b3a891'],
};

/** A drawn product: its SVG markup in local coordinates (centred on x = 0, standing on y = 0). */
interface Drawing {
    svg: string;
    /** Half the footprint width, for the shadow. */
    halfWidth: number;
    /** Height above the surface. */
    height: number;
    /** Colour of light passing through the product (tinted caustic on the table), if any. */
    caustic?: string;
}

/** One image to write: its file name and how to draw it. */
interface ImageJob {
    file: string;
    render: () => string;
}

/**
 * FNV-1a hash of a string, as an unsigned 32-bit integer.
 *
 * @param text the string to hash
 */
function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

/**
 * Mixes two `#rrggbb` colours.
 *
 * @param a first colour
 * @param b second colour
 * @param t share of `b`, from 0 to 1
 */
function mix(a: string, b: string, t: number): string {
    const pa = parseInt(a.slice(1), 16);
    const pb = parseInt(b.slice(1), 16);
    const channel = (shift: number): number =>
        Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
    const value = (channel(16) << 16) | (channel(8) << 8) | channel(0);
    return `#${value.toString(16).padStart(6, '0')}`;
}

/**
 * Picks the palette of a file: a hinted one when its name suggests a mood, otherwise by hash.
 *
 * @param file the image file name
 */
function paletteFor(file: string): Palette {
    for (const [pattern, name] of PALETTE_HINTS) {
        if (pattern.test(file)) {
            const hinted = PALETTES.find(p => p.name === name);
            if (hinted) return hinted;
        }
    }
    return PALETTES[hash(file) % PALETTES.length];
}

/**
 * A horizontal gradient over the stops of a finish (metal or lacquer), for caps and collars.
 *
 * @param id gradient id
 * @param finish the finish
 */
function finishGradient(id: string, finish: Finish): string {
    const stops = FINISHES[finish];
    const offsets = [0, 0.14, 0.3, 0.46, 0.68, 0.84, 1];
    return (
        `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">` +
        stops.map((c, i) => `<stop offset="${offsets[i]}" stop-color="${c}"/>`).join('') +
        `</linearGradient>`
    );
}

/**
 * A horizontal gradient that makes a flat shape read as a lit cylinder (light from the left).
 *
 * @param id gradient id
 * @param base the object's colour
 * @param dark true when the colour is dark (the highlight is then kept subtle)
 */
function cylinderGradient(id: string, base: string, dark = false): string {
    const shade = mix(base, '#000000', dark ? 0.35 : 0.22);
    const light = mix(base, '#ffffff', dark ? 0.18 : 0.55);
    return (
        `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">` +
        `<stop offset="0" stop-color="${shade}"/>` +
        `<stop offset="0.12" stop-color="${mix(base, '#ffffff', 0.15)}"/>` +
        `<stop offset="0.26" stop-color="${light}"/>` +
        `<stop offset="0.42" stop-color="${base}"/>` +
        `<stop offset="0.8" stop-color="${mix(base, shade, 0.55)}"/>` +
        `<stop offset="0.92" stop-color="${mix(base, '#ffffff', 0.12)}"/>` +
        `<stop offset="1" stop-color="${shade}"/>` +
        `</linearGradient>`
    );
}

/**
 * A vertical white gradient used for specular highlight strips (strong at the top, fading down).
 *
 * @param id gradient id
 * @param strength maximum opacity
 */
function highlightGradient(id: string, strength: number): string {
    return (
        `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">` +
        `<stop offset="0" stop-color="#ffffff" stop-opacity="${strength}"/>` +
        `<stop offset="0.55" stop-color="#ffffff" stop-opacity="${(strength * 0.45).toFixed(3)}"/>` +
        `<stop offset="1" stop-color="#ffffff" stop-opacity="0"/>` +
        `</linearGradient>`
    );
}

/**
 * A radial gradient that fades a colour from the centre of a shape to nothing at its edge: soft
 * shadows and glows drawn as plain ellipses (far cheaper to render than gaussian blurs).
 *
 * @param id gradient id
 * @param color the colour at the centre
 */
function softGradient(id: string, color: string): string {
    return (
        `<radialGradient id="${id}">` +
        `<stop offset="0" stop-color="${color}" stop-opacity="1"/>` +
        `<stop offset="0.3" stop-color="${color}" stop-opacity="0.72"/>` +
        `<stop offset="0.62" stop-color="${color}" stop-opacity="0.26"/>` +
        `<stop offset="1" stop-color="${color}" stop-opacity="0"/>` +
        `</radialGradient>`
    );
}

/**
 * The definitions shared by every shape of a document: soft shadow and glow gradients and a
 * small blur for tiny highlights.
 */
function sharedDefs(): string {
    return (
        softGradient('soft-black', '#000000') +
        softGradient('soft-white', '#ffffff') +
        `<filter id="blur-xs" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="2"/></filter>`
    );
}

/**
 * Draws a perfume flacon: thick glass with coloured juice, a metal collar and a sculpted cap.
 * Four silhouettes (square, tall, round, faceted) are chosen by `variant`.
 *
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting silhouette and finish
 */
function drawFlacon(uid: string, p: Palette, variant: number): Drawing {
    const kind = variant % 4;
    const finish = p.finishes[(variant >> 3) & 1];
    const dims = [
        { w: 190, h: 400, r: 26 },
        { w: 135, h: 470, r: 18 },
        { w: 205, h: 410, r: 205 },
        { w: 195, h: 390, r: 10 },
    ][kind];
    const { w, h } = dims;
    const juiceTop = -h + (kind === 2 ? 120 : 78);
    const wall = 16;
    const baseThickness = 44;
    const glassEdge = p.dark ? '#ffffff' : mix(p.deep, '#000000', 0.25);

    let outline: string;
    if (kind === 2) {
        // Round flacon: a disc standing on a short foot.
        const cy = -h / 2 - 4;
        outline = `M ${-w} ${cy} A ${w} ${h / 2} 0 1 1 ${w} ${cy} A ${w} ${h / 2} 0 0 1 ${w * 0.42} ${-8} L ${w * 0.42} 0 L ${-w * 0.42} 0 L ${-w * 0.42} ${-8} A ${w} ${h / 2} 0 0 1 ${-w} ${cy} Z`;
    } else if (kind === 3) {
        // Faceted flacon: an octagon with bevelled corners.
        const c = 48;
        outline = `M ${-w + c} ${-h} L ${w - c} ${-h} L ${w} ${-h + c} L ${w} ${-c} L ${w - c} 0 L ${-w + c} 0 L ${-w} ${-c} L ${-w} ${-h + c} Z`;
    } else {
        const r = dims.r;
        outline = `M ${-w + r} ${-h} L ${w - r} ${-h} Q ${w} ${-h} ${w} ${-h + r} L ${w} ${-r} Q ${w} 0 ${w - r} 0 L ${-w + r} 0 Q ${-w} 0 ${-w} ${-r} L ${-w} ${-h + r} Q ${-w} ${-h} ${-w + r} ${-h} Z`;
    }

    const iw = w - wall;
    const juiceBottom = -baseThickness;
    const juiceRect =
        kind === 2
            ? `<ellipse cx="0" cy="${-h / 2 - 4}" rx="${iw}" ry="${h / 2 - wall}"/>`
            : `<rect x="${-iw}" y="${juiceTop}" width="${iw * 2}" height="${juiceBottom - juiceTop}" rx="${Math.min(dims.r, 14)}"/>`;
    const juiceClip = kind === 2 ? `<rect x="${-w}" y="${juiceTop}" width="${w * 2}" height="${h}"/>` : '';

    // Neck, collar and cap.
    const neckW = kind === 1 ? 28 : 34;
    const collarW = kind === 1 ? 44 : 54;
    const collarTop = -h - 34;
    let cap: string;
    let capTop: number;
    if (kind === 0) {
        capTop = collarTop - 150;
        cap = `<rect x="-96" y="${capTop}" width="192" height="150" rx="8" fill="url(#${uid}-cap)"/>
            <rect x="-96" y="${capTop}" width="192" height="10" rx="5" fill="#ffffff" opacity="0.28"/>`;
    } else if (kind === 1) {
        capTop = collarTop - 190;
        cap = `<rect x="-58" y="${capTop}" width="116" height="190" rx="6" fill="url(#${uid}-cap)"/>
            <ellipse cx="0" cy="${capTop + 4}" rx="56" ry="6" fill="#ffffff" opacity="0.25"/>`;
    } else if (kind === 2) {
        capTop = collarTop - 170;
        cap = `<circle cx="0" cy="${capTop + 85}" r="85" fill="url(#${uid}-cap)"/>
            <circle cx="0" cy="${capTop + 85}" r="85" fill="url(#${uid}-capshade)"/>
            <ellipse cx="-30" cy="${capTop + 45}" rx="26" ry="16" fill="#ffffff" opacity="0.45" filter="url(#blur-xs)"/>`;
    } else {
        capTop = collarTop - 130;
        cap = `<path d="M -70 ${collarTop} L -100 ${collarTop - 40} L -100 ${capTop + 40} L -70 ${capTop} L 70 ${capTop} L 100 ${capTop + 40} L 100 ${collarTop - 40} L 70 ${collarTop} Z" fill="url(#${uid}-cap)"/>
            <path d="M -70 ${capTop} L 70 ${capTop} L 100 ${capTop + 40} L -100 ${capTop + 40} Z" fill="#ffffff" opacity="0.22"/>`;
    }

    const plaqueW = kind === 1 ? 120 : kind === 3 ? 190 : 210;
    const plaqueH = 40;
    const plaqueY = -h * 0.47;
    const plaque =
        kind === 2
            ? `<circle cx="0" cy="${-h / 2 - 4}" r="40" fill="url(#${uid}-collar)"/>
        <circle cx="0" cy="${-h / 2 - 4}" r="31" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1.5"/>
        <path d="M 0 ${-h / 2 - 16} L 9 ${-h / 2 - 4} L 0 ${-h / 2 + 8} L -9 ${-h / 2 - 4} Z" fill="#000000" opacity="0.28"/>`
            : `<rect x="${-plaqueW / 2}" y="${plaqueY}" width="${plaqueW}" height="${plaqueH}" rx="2" fill="url(#${uid}-collar)"/>
        <rect x="${-plaqueW / 2 + 6}" y="${plaqueY + 6}" width="${plaqueW - 12}" height="${plaqueH - 12}" rx="1" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1.2"/>
        <rect x="${-plaqueW / 2 + 22}" y="${plaqueY + plaqueH / 2 - 1}" width="${plaqueW / 2 - 36}" height="1.6" fill="#000000" opacity="0.25"/>
        <rect x="${14}" y="${plaqueY + plaqueH / 2 - 1}" width="${plaqueW / 2 - 36}" height="1.6" fill="#000000" opacity="0.25"/>
        <path d="M 0 ${plaqueY + 12} L 7 ${plaqueY + plaqueH / 2} L 0 ${plaqueY + plaqueH - 12} L -7 ${plaqueY + plaqueH / 2} Z" fill="#000000" opacity="0.3"/>`;
    const svg = `
    <defs>
      <clipPath id="${uid}-body"><path d="${outline}"/></clipPath>
      ${juiceClip ? `<clipPath id="${uid}-juiceclip">${juiceClip}</clipPath>` : ''}
      <linearGradient id="${uid}-juice" x1="0" y1="0" x2="1" y2="0">
        <stop offset="0" stop-color="${mix(p.deep, '#000000', 0.2)}"/>
        <stop offset="0.16" stop-color="${mix(p.tint, '#ffffff', 0.25)}"/>
        <stop offset="0.45" stop-color="${p.tint}"/>
        <stop offset="0.82" stop-color="${mix(p.tint, p.deep, 0.55)}"/>
        <stop offset="1" stop-color="${p.deep}"/>
      </linearGradient>
      <linearGradient id="${uid}-juicev" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#ffffff" stop-opacity="0.25"/>
        <stop offset="0.25" stop-color="#ffffff" stop-opacity="0"/>
        <stop offset="1" stop-color="${p.deep}" stop-opacity="0.45"/>
      </linearGradient>
      <linearGradient id="${uid}-glass" x1="0" y1="0" x2="1" y2="0">
        <stop offset="0" stop-color="#ffffff" stop-opacity="${p.dark ? 0.16 : 0.62}"/>
        <stop offset="0.3" stop-color="#ffffff" stop-opacity="${p.dark ? 0.05 : 0.26}"/>
        <stop offset="0.7" stop-color="#ffffff" stop-opacity="${p.dark ? 0.03 : 0.18}"/>
        <stop offset="1" stop-color="#ffffff" stop-opacity="${p.dark ? 0.12 : 0.5}"/>
      </linearGradient>
      ${finishGradient(`${uid}-cap`, finish)}
      ${finishGradient(`${uid}-collar`, finish === 'noir' || finish === 'ivory' ? 'gold' : finish)}
      <radialGradient id="${uid}-capshade" cx="0.35" cy="0.3" r="0.75">
        <stop offset="0.5" stop-color="#000000" stop-opacity="0"/>
        <stop offset="1" stop-color="#000000" stop-opacity="0.35"/>
      </radialGradient>
      ${highlightGradient(`${uid}-hl`, p.dark ? 0.55 : 0.85)}
    </defs>
    <rect x="${-neckW / 2}" y="${-h - 24}" width="${neckW}" height="28" fill="${mix(p.tint, '#ffffff', 0.5)}" opacity="0.8"/>
    <path d="${outline}" fill="url(#${uid}-glass)"/>
    <g clip-path="url(#${uid}-body)">
      <path d="${outline}" fill="none" stroke="${p.dark ? '#ffffff' : p.deep}" stroke-opacity="${p.dark ? 0.08 : 0.13}" stroke-width="${wall * 1.6}"/>
      <g ${juiceClip ? `clip-path="url(#${uid}-juiceclip)"` : ''}>
        <g fill="url(#${uid}-juice)">${juiceRect}</g>
        <g fill="url(#${uid}-juicev)">${juiceRect}</g>
      </g>
      <ellipse cx="${w * 0.35}" cy="${(juiceTop + juiceBottom) / 2 + 30}" rx="${w * 0.26}" ry="${(juiceBottom - juiceTop) * 0.42}"
        fill="url(#soft-white)" opacity="0.4"/>
      ${kind === 2 ? '' : `<rect x="${-iw}" y="${juiceTop - 2}" width="${iw * 2}" height="5" fill="#ffffff" opacity="0.45"/>`}
      <g fill="none" stroke="#ffffff" stroke-opacity="${p.dark ? 0.18 : 0.35}" stroke-width="2">${
          kind === 2
              ? `<ellipse cx="0" cy="${-h / 2 - 4}" rx="${iw}" ry="${h / 2 - wall}"/>`
              : `<rect x="${-iw}" y="${-h + wall}" width="${iw * 2}" height="${h - wall - baseThickness}" rx="${Math.min(dims.r, 14)}"/>`
      }</g>
      <rect x="${-w}" y="${juiceBottom}" width="${w * 2}" height="${baseThickness}" fill="${mix(p.tint, '#ffffff', 0.45)}" opacity="0.55"/>
      <rect x="${-w}" y="${juiceBottom}" width="${w * 2}" height="3" fill="#ffffff" opacity="0.7"/>
      <rect x="${-w + 14}" y="${-h}" width="${w * 0.13}" height="${h}" fill="url(#${uid}-hl)"/>
      <rect x="${-w + 14 + w * 0.2}" y="${-h}" width="5" height="${h}" fill="url(#${uid}-hl)" opacity="0.6"/>
      <rect x="${w - 22}" y="${-h}" width="9" height="${h}" fill="url(#${uid}-hl)" opacity="0.5"/>
    </g>
    <path d="${outline}" fill="none" stroke="${glassEdge}" stroke-opacity="${p.dark ? 0.3 : 0.32}" stroke-width="3"/>
    ${
        kind === 2
            ? `<path d="M ${-w * 0.8} ${-h / 2 - 4 - (h / 2) * 0.6} A ${w - 10} ${h / 2 - 10} 0 0 0 ${-w + 10} ${-h / 2 + 40}" fill="none"
        stroke="#ffffff" stroke-opacity="${p.dark ? 0.4 : 0.75}" stroke-width="9" stroke-linecap="round"/>
      <path d="M ${w * 0.55} ${-h / 2 - 4 - (h / 2) * 0.78} A ${w - 12} ${h / 2 - 12} 0 0 1 ${w * 0.86} ${-h / 2 - 4 - (h / 2) * 0.45}" fill="none"
        stroke="#ffffff" stroke-opacity="${p.dark ? 0.3 : 0.6}" stroke-width="5" stroke-linecap="round"/>`
            : ''
    }
    ${plaque}
    <rect x="${-collarW}" y="${collarTop}" width="${collarW * 2}" height="36" rx="4" fill="url(#${uid}-collar)"/>
    <rect x="${-collarW}" y="${collarTop + 30}" width="${collarW * 2}" height="6" fill="#000000" opacity="0.18"/>
    ${cap}`;
    return { svg, halfWidth: w, height: -capTop, caustic: p.tint };
}

/**
 * Draws a serum dropper bottle: tinted glass, ribbed metal collar, rubber bulb and a visible pipette.
 *
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting the finish
 */
function drawDropper(uid: string, p: Palette, variant: number): Drawing {
    const finish = p.finishes[variant & 1];
    const w = 150;
    const shoulder = -330;
    const neckTop = -395;
    const outline = `M ${-w} -30 Q ${-w} 0 ${-w + 30} 0 L ${w - 30} 0 Q ${w} 0 ${w} -30 L ${w} ${shoulder + 40}
        C ${w} ${shoulder - 20} 70 ${shoulder - 30} 48 ${neckTop + 30} L 48 ${neckTop} L -48 ${neckTop} L -48 ${neckTop + 30}
        C -70 ${shoulder - 30} ${-w} ${shoulder - 20} ${-w} ${shoulder + 40} Z`;
    const glass = mix(p.tint, p.deep, 0.35);
    const collarTop = neckTop - 92;
    const bulbColor = finish === 'noir' ? '#1b1b1b' : finish === 'ivory' ? '#efe8da' : mix(p.deep, '#000000', 0.35);
    const ribs = Array.from({ length: 9 }, (_, i) => {
        const x = -58 + 6 + i * 13.5;
        return `<rect x="${x}" y="${collarTop + 8}" width="3" height="76" fill="#000000" opacity="0.12"/>`;
    }).join('');
    const svg = `
    <defs>
      <clipPath id="${uid}-body"><path d="${outline}"/></clipPath>
      ${cylinderGradient(`${uid}-glass`, glass, true)}
      ${finishGradient(`${uid}-collar`, finish === 'noir' || finish === 'ivory' ? 'gold' : finish)}
      ${cylinderGradient(`${uid}-bulb`, bulbColor, finish === 'noir')}
      <radialGradient id="${uid}-bulbv" cx="0.4" cy="0.15" r="0.9">
        <stop offset="0" stop-color="#ffffff" stop-opacity="0.2"/>
        <stop offset="0.4" stop-color="#ffffff" stop-opacity="0"/>
        <stop offset="1" stop-color="#000000" stop-opacity="0.2"/>
      </radialGradient>
      ${highlightGradient(`${uid}-hl`, 0.8)}
      <linearGradient id="${uid}-depth" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#000000" stop-opacity="0"/>
        <stop offset="1" stop-color="#000000" stop-opacity="0.28"/>
      </linearGradient>
    </defs>
    <path d="${outline}" fill="url(#${uid}-glass)"/>
    <g clip-path="url(#${uid}-body)">
      <rect x="${-w}" y="${neckTop}" width="${w * 2}" height="${-neckTop}" fill="url(#${uid}-depth)"/>
      <rect x="-7" y="${neckTop}" width="14" height="${-neckTop - 60}" rx="7" fill="#ffffff" opacity="0.28"/>
      <rect x="-3" y="${neckTop}" width="3" height="${-neckTop - 62}" fill="#ffffff" opacity="0.5"/>
      <ellipse cx="0" cy="-60" rx="12" ry="6" fill="#ffffff" opacity="0.35"/>
      <rect x="${-w}" y="-40" width="${w * 2}" height="40" fill="#000000" opacity="0.18"/>
      <rect x="${-w}" y="-40" width="${w * 2}" height="3" fill="#ffffff" opacity="0.35"/>
      <rect x="${-w + 16}" y="${shoulder}" width="22" height="${-shoulder - 60}" rx="11" fill="url(#${uid}-hl)"/>
      <rect x="${w - 28}" y="${shoulder + 30}" width="8" height="${-shoulder - 100}" rx="4" fill="url(#${uid}-hl)" opacity="0.45"/>
      <path d="M ${-w + 10} ${shoulder + 50} C ${-w + 10} ${shoulder - 5} -70 ${shoulder - 22} -44 ${neckTop + 34}" fill="none" stroke="#ffffff" stroke-opacity="0.45" stroke-width="6" stroke-linecap="round"/>
    </g>
    <rect x="-100" y="-250" width="200" height="120" rx="4" fill="${mix(p.body, '#ffffff', 0.35)}" opacity="0.92"/>
    <rect x="-86" y="-236" width="172" height="92" rx="2" fill="none" stroke="${p.deep}" stroke-opacity="0.4" stroke-width="1.5"/>
    <circle cx="0" cy="-190" r="16" fill="none" stroke="${p.deep}" stroke-opacity="0.55" stroke-width="1.5"/>
    <path d="M 0 -200 L 8 -190 L 0 -180 L -8 -190 Z" fill="${p.deep}" opacity="0.55"/>
    <rect x="-58" y="${collarTop}" width="116" height="92" rx="6" fill="url(#${uid}-collar)"/>
    ${ribs}
    <rect x="-58" y="${collarTop + 86}" width="116" height="6" fill="#000000" opacity="0.2"/>
    <rect x="-38" y="${collarTop - 128}" width="76" height="134" rx="38" fill="url(#${uid}-bulb)"/>
    <rect x="-38" y="${collarTop - 128}" width="76" height="134" rx="38" fill="url(#${uid}-bulbv)"/>
    <rect x="-24" y="${collarTop - 108}" width="9" height="84" rx="4.5" fill="#ffffff" opacity="${finish === 'noir' ? 0.3 : 0.45}" filter="url(#blur-xs)"/>
    <rect x="-44" y="${collarTop - 8}" width="88" height="12" rx="5" fill="url(#${uid}-bulb)"/>`;
    return { svg, halfWidth: w, height: -(collarTop - 128), caustic: p.tint };
}

/**
 * Draws a cream jar: a heavy, softly frosted glass pot with a wide metal or lacquered lid.
 *
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting the finish
 */
function drawJar(uid: string, p: Palette, variant: number): Drawing {
    const finish = p.finishes[variant & 1];
    const w = 215;
    const h = 240;
    const lidH = 112;
    const lidW = 222;
    const svg = `
    <defs>
      ${cylinderGradient(`${uid}-pot`, p.body, p.dark)}
      ${finishGradient(`${uid}-lid`, finish)}
      ${highlightGradient(`${uid}-hl`, p.dark ? 0.4 : 0.75)}
      <linearGradient id="${uid}-potv" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#000000" stop-opacity="0.16"/>
        <stop offset="0.12" stop-color="#000000" stop-opacity="0"/>
        <stop offset="0.85" stop-color="#000000" stop-opacity="0"/>
        <stop offset="1" stop-color="#000000" stop-opacity="0.14"/>
      </linearGradient>
    </defs>
    <rect x="${-w}" y="${-h}" width="${w * 2}" height="${h}" rx="46" fill="url(#${uid}-pot)"/>
    <rect x="${-w}" y="${-h}" width="${w * 2}" height="${h}" rx="46" fill="url(#${uid}-potv)"/>
    <rect x="${-w + 24}" y="${-h + 26}" width="26" height="${h - 60}" rx="13" fill="url(#${uid}-hl)"/>
    <rect x="${w - 34}" y="${-h + 40}" width="8" height="${h - 90}" rx="4" fill="url(#${uid}-hl)" opacity="0.5"/>
    <rect x="${-w + 6}" y="-16" width="${w * 2 - 12}" height="4" rx="2" fill="#ffffff" opacity="${p.dark ? 0.15 : 0.35}"/>
    <rect x="-118" y="${-h + 70}" width="236" height="104" rx="3" fill="none" stroke="${p.dark ? '#d8c08a' : p.deep}" stroke-opacity="0.45" stroke-width="1.6"/>
    <circle cx="0" cy="${-h + 122}" r="18" fill="none" stroke="${p.dark ? '#d8c08a' : p.deep}" stroke-opacity="0.6" stroke-width="1.6"/>
    <path d="M 0 ${-h + 111} L 9 ${-h + 122} L 0 ${-h + 133} L -9 ${-h + 122} Z" fill="${p.dark ? '#d8c08a' : p.deep}" opacity="0.6"/>
    <rect x="${-lidW}" y="${-h - lidH + 6}" width="${lidW * 2}" height="${lidH}" rx="14" fill="url(#${uid}-lid)"/>
    <rect x="${-lidW}" y="${-h - lidH + 6}" width="${lidW * 2}" height="12" rx="6" fill="#ffffff" opacity="0.3"/>
    <rect x="${-lidW}" y="${-h - 2}" width="${lidW * 2}" height="8" rx="3" fill="#000000" opacity="0.22"/>
    <rect x="${-lidW + 20}" y="${-h - lidH + 22}" width="${lidW * 2 - 40}" height="2" fill="#ffffff" opacity="0.3"/>`;
    return { svg, halfWidth: w, height: h + lidH };
}

/**
 * Draws a cosmetic tube standing on its cap, with a crimped seal at the top.
 *
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting the finish and proportions
 * @param slim true for a slim eye-care tube
 */
function drawTube(uid: string, p: Palette, variant: number, slim: boolean): Drawing {
    const finish = p.finishes[variant & 1];
    const capW = slim ? 52 : 80;
    const capH = slim ? 120 : 118;
    const topW = slim ? 92 : 138;
    const h = slim ? 600 : 640;
    const body = `M ${-capW + 6} ${-capH} C ${-capW - 10} ${-capH - 120} ${-topW} ${-h + 220} ${-topW} ${-h + 40} L ${-topW} ${-h}
        L ${topW} ${-h} L ${topW} ${-h + 40} C ${topW} ${-h + 220} ${capW + 10} ${-capH - 120} ${capW - 6} ${-capH} Z`;
    const crimp = Array.from({ length: Math.round(topW / 7) }, (_, i) => {
        const x = -topW + 6 + i * 14;
        return `<rect x="${x}" y="${-h - 40}" width="2" height="40" fill="#000000" opacity="0.1"/>`;
    }).join('');
    const bandY = -h + 250;
    const markColor = p.dark ? '#d8c08a' : p.deep;
    const svg = `
    <defs>
      <clipPath id="${uid}-clip"><path d="${body}"/></clipPath>
      ${cylinderGradient(`${uid}-tube`, p.body, p.dark)}
      ${finishGradient(`${uid}-cap`, finish)}
      ${highlightGradient(`${uid}-hl`, p.dark ? 0.35 : 0.7)}
      <linearGradient id="${uid}-ao" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#000000" stop-opacity="0"/>
        <stop offset="1" stop-color="#000000" stop-opacity="0.16"/>
      </linearGradient>
    </defs>
    <path d="${body}" fill="url(#${uid}-tube)"/>
    <rect x="${-topW}" y="${-h - 40}" width="${topW * 2}" height="46" rx="3" fill="url(#${uid}-tube)"/>
    ${crimp}
    <rect x="${-topW}" y="${-h + 2}" width="${topW * 2}" height="4" fill="#000000" opacity="0.1"/>
    <g clip-path="url(#${uid}-clip)">
      <rect x="${-topW + 18}" y="${-h}" width="${slim ? 14 : 22}" height="${h - capH}" fill="url(#${uid}-hl)"/>
      <rect x="${-topW}" y="${bandY}" width="${topW * 2}" height="3" fill="${markColor}" opacity="0.45"/>
      <rect x="${-topW}" y="${bandY + 150}" width="${topW * 2}" height="1.5" fill="${markColor}" opacity="0.35"/>
      <rect x="${-topW}" y="${-capH - 160}" width="${topW * 2}" height="160" fill="url(#${uid}-ao)"/>
    </g>
    <circle cx="0" cy="${bandY + 75}" r="${slim ? 14 : 18}" fill="none" stroke="${markColor}" stroke-opacity="0.6" stroke-width="1.6"/>
    <path d="M 0 ${bandY + 64} L 9 ${bandY + 75} L 0 ${bandY + 86} L -9 ${bandY + 75} Z" fill="${markColor}" opacity="0.6"/>
    <rect x="${-capW}" y="${-capH}" width="${capW * 2}" height="${capH}" rx="10" fill="url(#${uid}-cap)"/>
    <rect x="${-capW}" y="${-capH}" width="${capW * 2}" height="8" rx="4" fill="#000000" opacity="0.18"/>`;
    return { svg, halfWidth: topW * 0.8, height: h + 40 };
}

/**
 * Draws a pump bottle: opaque for lotions and cleansers, or clear glass showing golden oil.
 *
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting the finish
 * @param clear true for a clear glass bottle of oil
 */
function drawPump(uid: string, p: Palette, variant: number, clear: boolean): Drawing {
    const finish = p.finishes[variant & 1];
    const w = 140;
    const h = 440;
    const shoulderR = 70;
    const outline = `M ${-w} -34 Q ${-w} 0 ${-w + 34} 0 L ${w - 34} 0 Q ${w} 0 ${w} -34 L ${w} ${-h + shoulderR}
        Q ${w} ${-h} ${w - shoulderR} ${-h} L ${-w + shoulderR} ${-h} Q ${-w} ${-h} ${-w} ${-h + shoulderR} Z`;
    const collarTop = -h - 60;
    const headTop = collarTop - 110;
    const oil = mix(p.tint, '#e0a640', 0.45);
    const markColor = p.dark ? '#d8c08a' : p.deep;
    const fill = clear
        ? `<path d="${outline}" fill="#ffffff" opacity="${p.dark ? 0.1 : 0.35}"/>
           <g clip-path="url(#${uid}-clip)">
             <rect x="${-w + 12}" y="${-h + 90}" width="${(w - 12) * 2}" height="${h - 126}" rx="20" fill="url(#${uid}-oil)"/>
             <rect x="${-w + 12}" y="${-h + 90}" width="${(w - 12) * 2}" height="4" fill="#ffffff" opacity="0.55"/>
             <ellipse cx="${w * 0.4}" cy="${-h / 2 + 40}" rx="48" ry="140" fill="url(#soft-white)" opacity="0.45"/>
             <rect x="-5" y="${-h}" width="10" height="${h - 40}" fill="#ffffff" opacity="0.3"/>
             <rect x="${-w}" y="-36" width="${w * 2}" height="36" fill="#ffffff" opacity="0.35"/>
           </g>`
        : `<path d="${outline}" fill="url(#${uid}-body)"/>`;
    const svg = `
    <defs>
      <clipPath id="${uid}-clip"><path d="${outline}"/></clipPath>
      ${cylinderGradient(`${uid}-body`, p.body, p.dark)}
      ${cylinderGradient(`${uid}-oil`, oil, false)}
      ${finishGradient(`${uid}-metal`, finish)}
      ${highlightGradient(`${uid}-hl`, p.dark ? 0.4 : 0.8)}
    </defs>
    ${fill}
    <g clip-path="url(#${uid}-clip)">
      <rect x="${-w + 18}" y="${-h + 30}" width="24" height="${h - 80}" rx="12" fill="url(#${uid}-hl)"/>
      <rect x="${w - 30}" y="${-h + 50}" width="8" height="${h - 120}" rx="4" fill="url(#${uid}-hl)" opacity="0.5"/>
    </g>
    <path d="${outline}" fill="none" stroke="${clear ? mix(oil, '#000000', 0.3) : '#000000'}" stroke-opacity="${clear ? 0.3 : 0.06}" stroke-width="2"/>
    <rect x="-96" y="${-h + 150}" width="192" height="150" rx="3" fill="${clear ? '#fbf8f1' : 'none'}" fill-opacity="0.9"
      stroke="${markColor}" stroke-opacity="0.45" stroke-width="1.6"/>
    <circle cx="0" cy="${-h + 225}" r="18" fill="none" stroke="${markColor}" stroke-opacity="0.6" stroke-width="1.6"/>
    <path d="M 0 ${-h + 214} L 9 ${-h + 225} L 0 ${-h + 236} L -9 ${-h + 225} Z" fill="${markColor}" opacity="0.6"/>
    <rect x="-60" y="${collarTop}" width="120" height="64" rx="8" fill="url(#${uid}-metal)"/>
    <rect x="-60" y="${collarTop + 56}" width="120" height="6" fill="#000000" opacity="0.18"/>
    <rect x="-15" y="${headTop + 50}" width="30" height="62" fill="url(#${uid}-metal)"/>
    <path d="M -62 ${headTop + 54} L -62 ${headTop + 12} Q -62 ${headTop} -50 ${headTop} L 60 ${headTop} L 150 ${headTop + 8}
        Q 160 ${headTop + 10} 160 ${headTop + 20} L 160 ${headTop + 26} Q 160 ${headTop + 32} 150 ${headTop + 32} L 62 ${headTop + 32}
        L 62 ${headTop + 54} Z" fill="url(#${uid}-metal)"/>
    <rect x="-62" y="${headTop + 48}" width="124" height="6" fill="#000000" opacity="0.2"/>`;
    return { svg, halfWidth: w, height: -headTop, caustic: clear ? oil : undefined };
}

/**
 * Draws the packaging of a shape.
 *
 * @param shape the packaging shape
 * @param uid prefix for ids, unique in the document
 * @param p palette
 * @param variant deterministic number selecting silhouettes and finishes
 */
function drawShape(shape: Shape, uid: string, p: Palette, variant: number): Drawing {
    switch (shape) {
        case 'flacon':
            return drawFlacon(uid, p, variant);
        case 'dropper':
            return drawDropper(uid, p, variant);
        case 'jar':
            return drawJar(uid, p, variant);
        case 'tube':
            return drawTube(uid, p, variant, false);
        case 'slim-tube':
            return drawTube(uid, p, variant, true);
        case 'pump':
            return drawPump(uid, p, variant, false);
        case 'oil':
            return drawPump(uid, p, variant, true);
    }
}

/**
 * Places a drawing in a scene, with a faint reflection on the satin table, contact and cast
 * shadows and, for tinted glass, a coloured caustic.
 *
 * @param d the drawing
 * @param uid prefix for ids, unique in the document
 * @param x horizontal position of its centre
 * @param y vertical position of the surface it stands on
 * @param scale scale factor
 * @param p palette (for shadow strength)
 * @param onFloor false on a plinth: no reflection nor caustic (they would spill over its edge)
 */
function place(d: Drawing, uid: string, x: number, y: number, scale: number, p: Palette, onFloor = true): string {
    const shadow = p.dark ? 0.55 : 0.3;
    const hw = d.halfWidth;
    const reflection = Math.min(d.height * 0.45, 260);
    return `
  <g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(3)})">
    <defs>
      <linearGradient id="${uid}-fade" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#ffffff" stop-opacity="${p.dark ? 0.22 : 0.3}"/>
        <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
      </linearGradient>
      ${d.caustic ? softGradient(`${uid}-caustic`, d.caustic) : ''}
      <mask id="${uid}-reflect" maskUnits="userSpaceOnUse" x="${-hw * 3}" y="0" width="${hw * 6}" height="${reflection}">
        <rect x="${-hw * 3}" y="0" width="${hw * 6}" height="${reflection}" fill="url(#${uid}-fade)"/>
      </mask>
    </defs>
    ${onFloor ? `<g mask="url(#${uid}-reflect)"><use xlink:href="#${uid}-art" transform="scale(1 -1)"/></g>` : ''}
    <ellipse cx="${hw * 0.55 + d.height * 0.18}" cy="-6" rx="${hw * 1.2 + d.height * 0.3}" ry="${Math.max(26, hw * 0.16)}" fill="url(#soft-black)" opacity="${(shadow * 0.32).toFixed(3)}"/>
    <ellipse cx="0" cy="4" rx="${hw * 1.55}" ry="${Math.max(30, hw * 0.22)}" fill="url(#soft-black)" opacity="${(shadow * 0.55).toFixed(3)}"/>
    <ellipse cx="0" cy="2" rx="${hw * 1.12}" ry="${Math.max(10, hw * 0.07)}" fill="url(#soft-black)" opacity="${(shadow * 1.3).toFixed(3)}"/>
    ${onFloor && d.caustic ? `<ellipse cx="${hw * 0.8}" cy="24" rx="${hw * 1.05}" ry="${Math.max(22, hw * 0.16)}" fill="url(#${uid}-caustic)" opacity="0.45"/>` : ''}
    <g id="${uid}-art">${d.svg}</g>
  </g>`;
}

/**
 * The studio set shared by every image: gradient wall, arch backdrop, table surface and soft
 * window light.
 *
 * @param width image width
 * @param height image height
 * @param p palette
 * @param horizon y of the table's back edge
 * @param arches x positions and half-widths of the backdrop arches
 */
function studio(width: number, height: number, p: Palette, horizon: number, arches: Array<[number, number]>): string {
    const archPaths = arches
        .map(([x, hw]) => {
            const top = horizon - hw * 2.6;
            return `<path d="M ${x - hw} ${horizon} L ${x - hw} ${top + hw} A ${hw} ${hw} 0 0 1 ${x + hw} ${top + hw} L ${x + hw} ${horizon} Z" fill="url(#arch)"/>`;
        })
        .join('');
    return `
  <defs>
    ${sharedDefs()}
    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.bgTop}"/><stop offset="1" stop-color="${p.bgBottom}"/>
    </linearGradient>
    <linearGradient id="arch" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="${mix(p.arch, '#ffffff', p.dark ? 0.04 : 0.3)}"/>
      <stop offset="1" stop-color="${mix(p.arch, p.bgBottom, 0.6)}"/>
    </linearGradient>
    <linearGradient id="floor" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.floorBack}"/><stop offset="1" stop-color="${p.floorFront}"/>
    </linearGradient>
    <radialGradient id="window" cx="0.22" cy="0.12" r="0.75">
      <stop offset="0" stop-color="#ffffff" stop-opacity="${p.dark ? 0.12 : 0.55}"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="vignette" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0.7" stop-color="#000000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000000" stop-opacity="${p.dark ? 0.35 : 0.08}"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#wall)"/>
  ${archPaths}
  <rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#floor)"/>
  <rect y="${horizon - 1}" width="${width}" height="3" fill="#ffffff" opacity="${p.dark ? 0.05 : 0.28}"/>
  <rect width="${width}" height="${height}" fill="url(#window)"/>`;
}

/**
 * Closes a scene: a vignette over everything, then the SVG document wrapper.
 *
 * @param width image width
 * @param height image height
 * @param content scene content
 */
function documentOf(width: number, height: number, content: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  ${content}
  <rect width="${width}" height="${height}" fill="url(#vignette)"/>
</svg>`;
}

/**
 * SVG of a single product shot (1200×1200).
 *
 * @param file image file name (seeds palette and variant)
 * @param shape packaging shape
 */
function productSvg(file: string, shape: Shape): string {
    const p = paletteFor(file);
    const variant = hash(`${file}#variant`);
    const drawing = drawShape(shape, 'p', p, variant);
    const horizon = 860;
    const ground = 975;
    const scale = Math.min(1.35, 790 / drawing.height, 500 / drawing.halfWidth);
    return documentOf(
        SIZE,
        SIZE,
        studio(SIZE, SIZE, p, horizon, [[600, 290]]) + place(drawing, 'p', 600, ground, scale, p),
    );
}

/** One product of a group composition: shape, palette, position, scale, plinth height. */
interface GroupItem {
    shape: Shape;
    palette: string;
    variant: number;
    x: number;
    scale: number;
    plinth: number;
    /** Moves the item towards the viewer (down the table), in pixels. */
    front?: number;
}

/**
 * SVG of a group composition (collection images and the hero banner): products on plinths.
 *
 * @param width image width
 * @param height image height
 * @param paletteName the scene's palette
 * @param items products to place, back to front
 * @param arches backdrop arches
 */
function groupSvg(
    width: number,
    height: number,
    paletteName: string,
    items: GroupItem[],
    arches: Array<[number, number]>,
): string {
    const p = PALETTES.find(x => x.name === paletteName) ?? PALETTES[0];
    const horizon = height * 0.72;
    const ground = height * 0.86;
    const placed = items
        .map((item, i) => {
            const ip = PALETTES.find(x => x.name === item.palette) ?? p;
            const d = drawShape(item.shape, `g${i}`, ip, item.variant);
            const base = ground + (item.front ?? 0);
            if (item.plinth <= 0) return place(d, `g${i}`, item.x, base, item.scale, ip);
            const pw = Math.max(d.halfWidth * item.scale * 1.45, 130);
            const top = base - item.plinth;
            const plinth = `
  <ellipse cx="${item.x}" cy="${base + 4}" rx="${pw * 1.4}" ry="34" fill="url(#soft-black)" opacity="${p.dark ? 0.6 : 0.3}"/>
  <path d="M ${item.x - pw} ${top} L ${item.x - pw} ${base} A ${pw} 16 0 0 0 ${item.x + pw} ${base} L ${item.x + pw} ${top} Z" fill="url(#plinth)"/>
  <ellipse cx="${item.x}" cy="${top}" rx="${pw}" ry="16" fill="url(#plinth-top)"/>
  <ellipse cx="${item.x}" cy="${top}" rx="${pw}" ry="16" fill="none" stroke="#ffffff" stroke-opacity="${p.dark ? 0.12 : 0.6}" stroke-width="2"/>`;
            return plinth + place(d, `g${i}`, item.x, top + 4, item.scale, ip, false);
        })
        .join('');
    const stone = mix(p.arch, p.floorBack, 0.35);
    const plinthGradient = `<defs>${cylinderGradient('plinth', stone, p.dark)}
    <linearGradient id="plinth-top" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${mix(stone, '#ffffff', p.dark ? 0.1 : 0.5)}"/><stop offset="1" stop-color="${stone}"/>
    </linearGradient></defs>`;
    return documentOf(width, height, studio(width, height, p, horizon, arches) + plinthGradient + placed);
}

/** The collection images and the hero banner, as group compositions. */
const SCENES: ImageJob[] = [
    {
        file: 'collection-perfumes.jpg',
        render: () =>
            groupSvg(SIZE, SIZE, 'champagne', [
                { shape: 'flacon', palette: 'blush', variant: 1, x: 340, scale: 0.78, plinth: 130 },
                { shape: 'flacon', palette: 'amber', variant: 11, x: 880, scale: 0.72, plinth: 60 },
                { shape: 'flacon', palette: 'champagne', variant: 0, x: 610, scale: 0.88, plinth: 0, front: 70 },
            ], [[600, 330]]),
    },
    {
        file: 'collection-face-care.jpg',
        render: () =>
            groupSvg(SIZE, SIZE, 'blush', [
                { shape: 'dropper', palette: 'amber', variant: 0, x: 400, scale: 0.85, plinth: 140 },
                { shape: 'tube', palette: 'ivory', variant: 1, x: 880, scale: 0.7, plinth: 50 },
                { shape: 'jar', palette: 'blush', variant: 0, x: 640, scale: 0.78, plinth: 0, front: 70 },
            ], [[600, 330]]),
    },
    {
        file: 'collection-body.jpg',
        render: () =>
            groupSvg(SIZE, SIZE, 'sage', [
                { shape: 'pump', palette: 'sage', variant: 1, x: 380, scale: 0.85, plinth: 120 },
                { shape: 'oil', palette: 'champagne', variant: 0, x: 850, scale: 0.78, plinth: 50 },
                { shape: 'jar', palette: 'terracotta', variant: 1, x: 620, scale: 0.64, plinth: 0, front: 70 },
            ], [[600, 330]]),
    },
    {
        file: 'hero.jpg',
        // Products on the right; the left half stays calm for the storefront's headline.
        render: () =>
            groupSvg(2400, 1200, 'champagne', [
                { shape: 'flacon', palette: 'blush', variant: 1, x: 1330, scale: 0.72, plinth: 190 },
                { shape: 'dropper', palette: 'amber', variant: 0, x: 2170, scale: 0.74, plinth: 120 },
                { shape: 'flacon', palette: 'champagne', variant: 0, x: 1720, scale: 0.92, plinth: 60 },
                { shape: 'jar', palette: 'ivory', variant: 0, x: 1480, scale: 0.5, plinth: 0, front: 80 },
                { shape: 'flacon', palette: 'noir', variant: 10, x: 1935, scale: 0.48, plinth: 0, front: 80 },
            ], [[1720, 340], [1250, 220]]),
    },
];

/**
 * Parses CSV text into records (RFC 4180: quoted fields, doubled quotes, newlines in quotes).
 *
 * @param text the CSV text
 */
function parseCsv(text: string): string[][] {
    const records: string[][] = [];
    let record: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (c === '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c === '"') {
            quoted = true;
        } else if (c === ',') {
            record.push(field);
            field = '';
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n') i++;
            record.push(field);
            records.push(record);
            record = [];
            field = '';
        } else {
            field += c;
        }
    }
    if (field !== '' || record.length > 0) {
        record.push(field);
        records.push(record);
    }
    return records;
}

/**
 * Reads products.csv and returns each image file it names with the shape to draw, taken from the
 * product's English (or untranslated) `Category` facet.
 *
 * @param csvPath path of products.csv
 * @throws Error when the CSV lacks the needed columns or names an unknown category
 */
function productImages(csvPath: string): Map<string, Shape> {
    const [header, ...rows] = parseCsv(fs.readFileSync(csvPath, 'utf8'));
    const column = (...names: string[]): number => header.findIndex(h => names.includes(h.trim()));
    const assetsCol = column('assets');
    const variantAssetsCol = column('variantAssets');
    const facetsCol = column('facets:en', 'facets');
    if (assetsCol < 0 || facetsCol < 0) {
        throw new Error(`${csvPath}: expected "assets" and "facets:en" (or "facets") columns`);
    }
    const images = new Map<string, Shape>();
    let shape: Shape | undefined;
    for (const row of rows) {
        const facets = (row[facetsCol] ?? '').trim();
        if (facets) {
            const category = facets
                .split('|')
                .map(f => f.split(':'))
                .find(([facet]) => facet.trim().toLowerCase() === 'category')?.[1]
                ?.trim();
            shape = category ? SHAPE_BY_CATEGORY[category] : undefined;
            if (!shape) throw new Error(`${csvPath}: no image shape for category "${category ?? ''}"`);
        }
        const files = [row[assetsCol], variantAssetsCol >= 0 ? row[variantAssetsCol] : '']
            .flatMap(cell => (cell ?? '').split('|'))
            .map(f => f.trim())
            .filter(f => f !== '');
        for (const file of files) {
            if (shape) images.set(file, shape);
        }
    }
    return images;
}

/**
 * Locates products.csv whether this module runs from `src/seed` or from a compiled copy in `dist/`.
 */
function defaultCsvPath(): string {
    const candidates = [path.join(__dirname, 'data', 'products.csv')];
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
        candidates.push(path.join(dir, 'src', 'seed', 'data', 'products.csv'));
        if (path.dirname(dir) === dir) break;
    }
    const found = candidates.find(c => fs.existsSync(c));
    if (!found) throw new Error(`products.csv not found (looked in ${candidates[0]} and parent src/seed/data folders)`);
    return found;
}

/** Raw grey noise images, by size, shared by all renders of a run. */
const grainCache = new Map<string, Promise<{ data: Buffer; info: sharp.OutputInfo }>>();

/**
 * A grey gaussian-noise image (film grain), created once per size.
 *
 * @param width image width
 * @param height image height
 */
function grain(width: number, height: number): Promise<{ data: Buffer; info: sharp.OutputInfo }> {
    const key = `${width}x${height}`;
    let cached = grainCache.get(key);
    if (!cached) {
        cached = sharp({
            create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 14 } },
        })
            .raw()
            .toBuffer({ resolveWithObject: true });
        grainCache.set(key, cached);
    }
    return cached;
}

/**
 * Renders an SVG document to a JPEG file, with a light film grain blended in (it also keeps the
 * soft gradients from banding). Writes to a temporary file first, so an interrupted run never
 * leaves a truncated image behind.
 *
 * @param svg the SVG markup
 * @param file destination path
 */
async function renderJpeg(svg: string, file: string): Promise<void> {
    const image = sharp(Buffer.from(svg));
    const { width, height } = await image.metadata();
    if (!width || !height) throw new Error(`cannot render ${path.basename(file)}: SVG has no size`);
    const noise = await grain(width, height);
    const tmp = `${file}.${process.pid}.tmp`;
    await image
        .composite([{ input: noise.data, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
        .jpeg({ quality: QUALITY, mozjpeg: true })
        .toFile(tmp);
    await fs.promises.rename(tmp, file);
}

/**
 * Generates the demo catalogue's images into `outDir`: one product shot (1200×1200 JPEG) for every
 * file named in products.csv, the three collection images and the 2400×1200 `hero.jpg` banner.
 * Files that already exist are left untouched, so later runs are nearly instant.
 *
 * @param outDir destination folder (created if missing)
 * @param csvPath products.csv to read (defaults to `src/seed/data/products.csv` of this repository)
 * @returns the names of the files written by this call (existing files are not listed)
 */
export async function generateDemoImages(outDir: string, csvPath: string = defaultCsvPath()): Promise<string[]> {
    await fs.promises.mkdir(outDir, { recursive: true });
    const jobs: ImageJob[] = [];
    for (const [file, shape] of productImages(csvPath)) {
        jobs.push({ file, render: () => productSvg(file, shape) });
    }
    for (const scene of SCENES) {
        jobs.push({ file: scene.file, render: scene.render });
    }
    const pending = jobs.filter(job => !fs.existsSync(path.join(outDir, job.file)));
    const written: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < pending.length) {
            const job = pending[next++];
            await renderJpeg(job.render(), path.join(outDir, job.file));
            written.push(job.file);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pending.length) }, worker));
    } finally {
        grainCache.clear(); // the noise buffers are large; the server keeps running after the seed
    }
    return written.sort();
}
