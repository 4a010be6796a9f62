import type { TemplateDetector } from "./detector";

/** A template version as use detection needs it. */
export interface KnownVersion {
  versionId: number;
  templateId: number;
  /** The template's source id, as messages name it in `template_id`. */
  sourceId: string;
  version: number;
  /** Epoch ms from which agents had this text; null for a first version. */
  validFrom: number | null;
}

export interface AgentMessage {
  id: number;
  conversationId: number;
  text: string;
  /** `template_id` as sent, if the help desk named the template. */
  templateSourceId: string | null;
  sentAt: number;
}

export interface TemplateUse {
  messageId: number;
  conversationId: number;
  templateId: number;
  templateVersionId: number;
  explicit: boolean;
  editedShare: number;
  coverage: number;
  sentAt: number;
}

/**
 * Decides which template version, if any, each agent message was written from
 * (../shared/spec/metrics.md, "Template use and lift"): the template named in `template_id`, in
 * the version the agent had when the message was sent; otherwise the template whose text the
 * message is a near-copy of. A `template_id` naming a template not (yet) in the library is
 * ignored until it arrives, and the text decides meanwhile.
 */
export class UseAssigner {
  private readonly byVersion = new Map<number, KnownVersion>();
  private readonly bySource = new Map<string, KnownVersion[]>();

  constructor(
    private readonly detector: TemplateDetector,
    versions: readonly KnownVersion[],
  ) {
    for (const v of versions) {
      this.byVersion.set(v.versionId, v);
      const list = this.bySource.get(v.sourceId) ?? [];
      list.push(v);
      this.bySource.set(v.sourceId, list);
    }
    for (const list of this.bySource.values()) list.sort((a, b) => a.version - b.version);
  }

  assign(message: AgentMessage): TemplateUse | null {
    const named = message.templateSourceId ? this.versionAt(message.templateSourceId, message.sentAt) : null;
    if (named) {
      const measured = this.detector.measure(named.versionId, message.text);
      return this.use(message, named, true, measured?.editedShare ?? 1, measured?.coverage ?? 0);
    }
    const match = this.detector.detect(message.text);
    const version = match ? this.byVersion.get(match.key) : undefined;
    if (!match || !version) return null;
    // Versions of one template share most of their text: when the version the agent had at the
    // time fits as well, it is the one they used.
    const current = this.versionAt(version.sourceId, message.sentAt);
    if (current && current.versionId !== version.versionId) {
      const measured = this.detector.measure(current.versionId, message.text);
      if (measured && measured.coverage >= match.coverage) {
        return this.use(message, current, false, measured.editedShare, measured.coverage);
      }
    }
    return this.use(message, version, false, match.editedShare, match.coverage);
  }

  /** The latest version valid at `at`; the first version when the message predates them all. */
  private versionAt(sourceId: string, at: number): KnownVersion | null {
    const list = this.bySource.get(sourceId);
    if (!list || list.length === 0) return null;
    let current = list[0]!;
    for (const v of list) if (v.validFrom === null || v.validFrom <= at) current = v;
    return current;
  }

  private use(message: AgentMessage, version: KnownVersion, explicit: boolean, editedShare: number, coverage: number): TemplateUse {
    return {
      messageId: message.id,
      conversationId: message.conversationId,
      templateId: version.templateId,
      templateVersionId: version.versionId,
      explicit,
      editedShare: round(editedShare),
      coverage: round(coverage),
      sentAt: message.sentAt,
    };
  }
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
