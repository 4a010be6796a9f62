import type messages from "../../messages/en.json";
import type { AppLocale } from "./locales";

// Typed message keys and locales for next-intl (https://next-intl.dev/docs/workflows/typescript):
// a key missing from messages/en.json is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
