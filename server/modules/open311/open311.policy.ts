/**
 * Open311 GeoReport v2 is public by design: other city systems read services and post requests
 * without an account (rate-limited per address; tests/faults/access-policy.ts lists it in PUBLIC).
 * No role may do more here than anyone else, so there is no role list.
 */
export const open311Policy = { public: true } as const;
