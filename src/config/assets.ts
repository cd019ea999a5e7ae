/**
 * Image transforms of the asset server: only presets are rendered, so nobody can make the server
 * resize an image to 5000×5000 PNG on demand (each distinct size is a sharp render and a file in
 * the cache). The presets are Vendure's defaults, one per size the storefront shows
 * (storefront/src/lib/image-sizes.ts, checked by test/unit/image-presets.spec.ts) and the widths
 * of the Dashboard's responsive images.
 *
 * See https://docs.vendure.io/reference/core-plugins/asset-server-plugin/preset-only-strategy
 */
import {
    ImageTransformParameters,
    ImageTransformPreset,
    ImageTransformStrategy,
    GetImageTransformParametersArgs,
    PresetOnlyStrategy,
} from '@vendure/asset-server-plugin';

/** Every image size of the storefront (width × height, cropped): the same list as storefront/src/lib/image-sizes.ts. */
export const STOREFRONT_IMAGE_SIZES: ReadonlyArray<readonly [number, number]> = [
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
    [600, 600],
    [900, 900],
    [1200, 1200],
    [480, 400],
    [640, 533],
    [960, 800],
    [1200, 1000],
    [1600, 1333],
];

/** Widths of the Dashboard's responsive images (`?w=<width>&mode=resize`, @vendure/dashboard `ResponsiveImage`). */
export const DASHBOARD_IMAGE_WIDTHS = [320, 480, 640, 1024, 1280] as const;

/**
 * The presets added to Vendure's defaults (`tiny`, `thumb`, `small`, `medium`, `large`): `<w>x<h>`
 * (crop) for the storefront, `w<width>` (resize within a square) for the Dashboard.
 */
export const IMAGE_PRESETS: ImageTransformPreset[] = [
    ...STOREFRONT_IMAGE_SIZES.map(([width, height]) => ({
        name: `${width}x${height}`,
        width,
        height,
        mode: 'crop' as const,
    })),
    ...DASHBOARD_IMAGE_WIDTHS.map(width => ({
        name: `w${width}`,
        width,
        height: width,
        mode: 'resize' as const,
    })),
];

/**
 * Vendure's {@link PresetOnlyStrategy}, plus: a request by size (`?w=&h=&mode=`, as the Dashboard
 * makes them) is served by the preset of exactly that size and mode, and refused with 400 "Invalid
 * parameters" when there is none (where PresetOnlyStrategy would quietly serve its default preset);
 * a request without any transform parameter gets the original file. Formats: jpg, webp, avif, png;
 * qualities: Vendure's default list; no focal point (each would be another render).
 */
export class PresetSizesOnlyStrategy implements ImageTransformStrategy {
    private readonly presetOnly = new PresetOnlyStrategy({
        defaultPreset: 'medium',
        permittedFormats: ['jpg', 'webp', 'avif', 'png'],
        allowFocalPoint: false,
    });

    /**
     * The transform for a request: the preset's parameters; the input as it is when it asks for no
     * transform at all.
     *
     * @throws Error (the asset server answers 400) for an unknown preset or a size that is not a preset's
     */
    getImageTransformParameters(args: GetImageTransformParametersArgs): ImageTransformParameters {
        const { input, availablePresets } = args;
        if (!input.preset && !input.width && !input.height && !input.format && !input.quality) return input;
        if (!input.preset && (input.width || input.height)) {
            const mode = input.mode ?? 'crop';
            const match = availablePresets.find(
                p =>
                    p.width === input.width &&
                    (input.height === undefined || p.height === input.height) &&
                    p.mode === mode,
            );
            if (!match) {
                throw new Error(
                    `No preset is ${input.width ?? '?'}x${input.height ?? '?'} (${mode}): only presets are rendered`,
                );
            }
            return this.presetOnly.getImageTransformParameters({
                ...args,
                input: { ...input, preset: match.name },
            }) as ImageTransformParameters;
        }
        return this.presetOnly.getImageTransformParameters(args) as ImageTransformParameters;
    }
}
