import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icons";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { safeNextPath } from "@/lib/auth/next-path";
import { currentUser } from "@/app/_server/auth";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

/** The only page without a session. Someone already signed in goes straight on. */
export default async function SignInPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await props.searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await currentUser()) redirect(target);
  const [t, app] = await Promise.all([getTranslations("signIn"), getTranslations("app")]);
  return (
    <div className="flex min-h-screen flex-col bg-gray-50">
      <header className="flex h-12 items-center justify-end px-6">
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-16">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex items-center gap-2">
            <span className="flex h-9 w-9 items-center justify-center rounded-lg bg-indigo-600 text-white">
              <Icon name="logo" className="h-5 w-5" />
            </span>
            <span>
              <span className="block text-base font-semibold leading-tight text-gray-900">{app("name")}</span>
              <span className="block text-xs leading-tight text-gray-500">{app("tagline")}</span>
            </span>
          </div>
          <div className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
            <h1 className="text-lg font-semibold text-gray-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-gray-500">{t("description")}</p>
            <SignInForm next={target} />
          </div>
          <p className="mt-4 text-xs text-gray-500">{t("noAccount")}</p>
        </div>
      </main>
    </div>
  );
}
