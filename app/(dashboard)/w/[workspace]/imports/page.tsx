import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { listBatches } from "@/db/queries/batches";
import { CommandLine } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { TableSkeleton } from "@/app/_components/skeletons";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { BatchesTable } from "./_components/batches-table";
import { UploadForm } from "./_components/upload-form";

/** Batches listed, newest first. */
const BATCH_LIMIT = 50;

export async function generateMetadata() {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportsPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace: workspaceId } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const t = await getTranslations("imports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {access.can("data.import") && (
        <Card className="mb-6 p-5">
          <h2 className="mb-4 text-sm font-semibold text-gray-900">{t("upload.title")}</h2>
          <UploadForm workspaceId={workspace.id} />
          <details className="mt-5 text-xs text-gray-500">
            <summary className="cursor-pointer font-medium text-gray-600">{t("cli.title")}</summary>
            <p className="mt-2">{t("cli.body")}</p>
            <CommandLine>{`npm run cli -- import <file> --workspace ${workspace.id} --format canonical --wait`}</CommandLine>
          </details>
        </Card>
      )}
      <Suspense fallback={<TableSkeleton />}>
        <Batches workspaceId={workspace.id} timeZone={workspace.timezone} />
      </Suspense>
    </>
  );
}

async function Batches({ workspaceId, timeZone }: { workspaceId: string; timeZone: string }) {
  const { db } = await getRuntime();
  const batches = await listBatches(db, workspaceId, BATCH_LIMIT);
  return <BatchesTable workspaceId={workspaceId} timeZone={timeZone} batches={batches} />;
}
