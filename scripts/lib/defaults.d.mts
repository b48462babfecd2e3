export const EMBEDDED_PORT: number;
export const EMBEDDED_USER: string;
export const EMBEDDED_PASSWORD: string;
export const EMBEDDED_DATABASE: string;
export const TEST_DATABASE: string;
export function embeddedUrl(database?: string, port?: number): string;
export const EMBEDDED_DATABASE_URL: string;
