/**
 * Every image size the storefront asks Vendure's asset server for, width × height in pixels
 * (cropped). The server only renders presets (`PresetOnlyStrategy`, src/config/assets.ts), one per
 * size here, named `<w>x<h>`; test/unit/image-presets.spec.ts checks that the two lists agree.
 * To show an image at a new size, add it here and to the server's list.
 */
export const IMAGE_SIZES = [
    // 4:5 (product cards, order lines, collection tiles and gallery)
    [160, 200],
    [320, 400],
    [300, 375],
    [450, 563],
    [600, 750],
    [900, 1125],
    [400, 500],
    [700, 875],
    [480, 600],
    [800, 1000],
    [1100, 1375],
    [1200, 1500],
    // 1:1 (product hero)
    [600, 600],
    [900, 900],
    [1200, 1200],
    // 6:5 (home hero)
    [480, 400],
    [640, 533],
    [960, 800],
    [1200, 1000],
    [1600, 1333],
] as const;

/** One of {@link IMAGE_SIZES}, as `{ w, h }`. */
export type ImageSize = {
    [K in keyof typeof IMAGE_SIZES]: (typeof IMAGE_SIZES)[K] extends readonly [infer W, infer H]
        ? { w: W; h: H }
        : never;
}[number];

/** The `srcset`s of the storefront, each a list of sizes of one aspect ratio. */
export const SRCSETS = {
    productCard: [
        { w: 300, h: 375 },
        { w: 450, h: 563 },
        { w: 600, h: 750 },
        { w: 900, h: 1125 },
    ],
    productHero: [
        { w: 600, h: 600 },
        { w: 900, h: 900 },
        { w: 1200, h: 1200 },
    ],
    productGallery: [
        { w: 400, h: 500 },
        { w: 700, h: 875 },
    ],
    collectionTile: [
        { w: 480, h: 600 },
        { w: 800, h: 1000 },
        { w: 1100, h: 1375 },
    ],
    homeHero: [
        { w: 480, h: 400 },
        { w: 640, h: 533 },
        { w: 960, h: 800 },
        { w: 1200, h: 1000 },
        { w: 1600, h: 1333 },
    ],
} as const satisfies Record<string, readonly ImageSize[]>;

/** The asset server preset of a size: `300x375`. */
export function presetName(size: ImageSize): string {
    return `${size.w}x${size.h}`;
}
