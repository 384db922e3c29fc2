export declare const DEV_BASE_URL: string;
export declare function normaliseBaseUrl(value: string): string;
export declare function rewriteManifest(xml: string, baseUrl: string | undefined): string;
