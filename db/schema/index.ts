export * from "./workspaces";
export * from "./support";
export * from "./commerce";
export * from "./ingest";
export * from "./topics";
