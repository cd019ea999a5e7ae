/** Path of the machine's Chromium (CHROMIUM_PATH, CHROME_PATH, default /usr/bin/chromium). */
export declare const CHROMIUM_PATH: string;
/** Flags Radiant launches Chromium with. */
export declare const CHROMIUM_ARGS: string[];
