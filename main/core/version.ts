// Single source of the version shown in the app, the CLI and the county package's `generator`.
export const APP_VERSION = '0.1.0';
export const PRODUCT_NAME_ZH = '劳动保障站实名制台账';
