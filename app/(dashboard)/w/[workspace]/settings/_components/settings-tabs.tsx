"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The settings sections the user's role may open; the others are not shown. */
export function SettingsTabs({ base, tabs }: { base: string; tabs: { id: string; path: string }[] }) {
  const t = useTranslations("settings.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-6 flex gap-1 overflow-x-auto border-b border-gray-200">
      {tabs.map((tab) => {
        const href = `${base}${tab.path}`;
        const active = pathname === href;
        return (
          <Link
            key={tab.id}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
              active ? "border-indigo-600 text-indigo-700" : "border-transparent text-gray-600 hover:text-gray-900"
            }`}
          >
            {t(tab.id as never)}
          </Link>
        );
      })}
    </nav>
  );
}
