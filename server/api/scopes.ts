// The two scopes of an API key, shared by the key service and the settings page (no server imports here).
export const apiScopes = ["read", "act"] as const;
export type ApiScope = (typeof apiScopes)[number];
