/** The engine's version; it goes into every manifest. Kept equal to package.json's version by a test. */
export const ENGINE_VERSION = '0.3.0';
