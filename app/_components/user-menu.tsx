import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/_auth/actions";
import { Icon } from "./icons";

/** Who is signed in (a link to their account page), and the way out. A form, so it works before the page's scripts load. */
export async function UserMenu({ name, email }: { name: string; email: string }) {
  const t = await getTranslations("account");
  return (
    <div className="flex items-center gap-3 border-l border-gray-200 pl-4">
      <Link href="/account" title={t("open")} className="hidden rounded text-right leading-tight hover:bg-gray-100 sm:block">
        <span className="block text-xs font-medium text-gray-900">{name}</span>
        <span className="block text-xs text-gray-500">{email}</span>
      </Link>
      <form action={signOut}>
        <button
          type="submit"
          className="inline-flex items-center gap-1.5 rounded-md border border-gray-200 bg-white px-2 py-1 text-xs font-medium text-gray-700 hover:bg-gray-100"
        >
          <Icon name="signOut" className="h-3.5 w-3.5" />
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
