export * from "./api";
export * from "./auth";
export * from "./enums";
export * from "./orders";
export * from "./platform";
export * from "./shops";
export * from "./strategies";
export * from "./tickets";
