import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommandLine, EmptyState } from "../_components/empty-state";
import { workspaceHref } from "../_components/nav";
import { PageHeader } from "../_components/page-header";
import { LAST_WORKSPACE_COOKIE } from "../_lib/cookies";
import { requireSession } from "../_server/auth";
import { loadWorkspaces } from "../_server/workspace";

/** `/`: the workspace last looked at (else the first one), or how to create one. */
export default async function HomePage() {
  const workspaces = await loadWorkspaces();
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const target = workspaces.find((w) => w.id === last) ?? workspaces[0];
  if (target) redirect(workspaceHref(target.id));

  const [t, user] = await Promise.all([getTranslations("home"), requireSession()]);
  if (!user.isAdmin) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState title={t("noWorkspaceTitle")}>
          <p>{t("noWorkspaceBody")}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState title={t("emptyTitle")}>
        <p>{t("emptyBody")}</p>
        <CommandLine>{'npm run cli -- workspace create "My shop" --timezone Asia/Shanghai'}</CommandLine>
        <p className="mt-3">{t("emptyAfter")}</p>
      </EmptyState>
    </>
  );
}
