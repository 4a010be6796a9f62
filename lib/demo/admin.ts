/**
 * The demo's sign-in, fixed and printed so anyone can try it. Only for the demo: a real
 * installation's first admin is made with `npm run cli -- user create --admin`.
 */
export const DEMO_ADMIN = { email: "demo@replyscope.example", password: "replyscope-demo", name: "Demo admin" } as const;
