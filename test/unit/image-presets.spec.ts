/**
 * The asset server's presets (src/config/assets.ts) cover every image size of the storefront
 * (storefront/src/lib/image-sizes.ts), and the transform strategy only renders presets.
 */
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { IMAGE_PRESETS, PresetSizesOnlyStrategy, STOREFRONT_IMAGE_SIZES } from '../../src/config/assets';
import { IMAGE_SIZES, SRCSETS, presetName } from '../../storefront/src/lib/image-sizes';

const strategy = new PresetSizesOnlyStrategy();
const availablePresets = [
    { name: 'medium', width: 500, height: 500, mode: 'resize' as const },
    ...IMAGE_PRESETS,
];
const transform = (input: Record<string, unknown>) =>
    strategy.getImageTransformParameters({
        req: {} as Request,
        availablePresets,
        input: {
            width: undefined,
            height: undefined,
            mode: undefined,
            quality: undefined,
            format: undefined,
            fpx: undefined,
            fpy: undefined,
            preset: undefined,
            ...input,
        },
    });

describe('image presets', () => {
    it('has one server preset per storefront size, the two lists being the same', () => {
        expect(STOREFRONT_IMAGE_SIZES.map(([w, h]) => `${w}x${h}`).sort()).toEqual(
            IMAGE_SIZES.map(([w, h]) => `${w}x${h}`).sort(),
        );
        const names = new Set(IMAGE_PRESETS.map(p => p.name));
        for (const sizes of Object.values(SRCSETS)) {
            for (const size of sizes) expect(names.has(presetName(size))).toBe(true);
        }
    });

    it('renders presets and sizes equal to a preset, refuses any other size or preset', () => {
        expect(transform({ preset: '600x750', format: 'webp' })).toMatchObject({
            width: 600,
            height: 750,
            mode: 'crop',
            format: 'webp',
        });
        expect(transform({ width: 320, mode: 'resize' })).toMatchObject({ width: 320, preset: 'w320' });
        expect(() => transform({ width: 5000, height: 5000, format: 'png', mode: 'crop' })).toThrow(
            /only presets/,
        );
        expect(() => transform({ preset: 'huge' })).toThrow(/not found/);
        expect(transform({ fpx: 0.1, fpy: 0.2, preset: '600x600' })).toMatchObject({ fpx: undefined });
    });

    it('serves the original when no transform is asked for', () => {
        expect(transform({})).toMatchObject({ width: undefined, preset: undefined });
    });
});
