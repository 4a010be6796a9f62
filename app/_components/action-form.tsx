"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, startTransition, useActionState } from "react";
import { type ActionState, IDLE } from "../_lib/action-state";

/**
 * A form posting to a server action: the fields as children, one submit button, and the action's
 * answer below it (a message; a secret shown once). Works before the page's scripts load too.
 *
 * React resets a form to its fields' defaults once its action has run. `keepValues` sends the form
 * without that reset, for long forms where a refused save must not throw away what was typed.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  tone = "primary",
  className = "",
  keepValues = false,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: ReactNode;
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  keepValues?: boolean;
}) {
  const t = useTranslations("actions");
  const [state, formAction, pending] = useActionState(action, IDLE);
  // An action started by hand, not by React's form submission, leaves the fields as they are.
  const submitKeepingValues = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const buttonClass = {
    primary: "bg-indigo-600 text-white hover:bg-indigo-500",
    secondary: "border border-gray-300 bg-white text-gray-700 hover:bg-gray-50",
    danger: "bg-red-600 text-white hover:bg-red-500",
  }[tone];
  return (
    <form action={formAction} onSubmit={keepValues ? submitKeepingValues : undefined} className={className}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md px-3 py-1.5 text-sm font-medium shadow-sm disabled:opacity-60 ${buttonClass}`}
        >
          {submitLabel}
        </button>
        {state.message && (
          <p role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-700"}`}>
            {t(state.message as never, state.values as never)}
          </p>
        )}
      </div>
      {state.reveal && state.reveal.length > 0 && (
        <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">{t("shownOnce")}</p>
          <dl className="mt-2 space-y-2">
            {state.reveal.map((r) => (
              <div key={r.label}>
                <dt className="text-xs text-amber-800">{t(`reveal.${r.label}` as never)}</dt>
                <dd>
                  <code className="block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs text-gray-900">{r.value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </form>
  );
}
