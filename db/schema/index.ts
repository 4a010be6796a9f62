export * from "./workspaces";
export * from "./support";
export * from "./commerce";
export * from "./ingest";
export * from "./sla";
export * from "./templates";
export * from "./topics";
export * from "./auth";
