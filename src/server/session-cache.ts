import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { SessionUser } from './http.ts';

/** Tables whose rows make up a session: a write to any of them may change who can do what. */
const IDENTITY_TABLES = new Set(['session', 'app_user', 'membership', 'organisation']);

/**
 * Loaded sessions, kept a few seconds so an authenticated request costs no database round trip.
 * Any write to an identity table empties the cache (see `IdentityWritePlugin`), so a logout, a role
 * change or a removed member takes effect on the next request of this process. The TTL bounds how
 * long another process's change (several servers on one PostgreSQL) can go unseen.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser; until: number }>();
  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(token: string): SessionUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.user;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, user: SessionUser, sessionExpires: Date): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(token, { user, until: Math.min(Date.now() + this.ttlMs, sessionExpires.getTime()) });
  }

  clear(): void {
    this.entries.clear();
  }
}

function tableOf(node: RootOperationNode): string | undefined {
  const n = node as unknown as Record<string, any>;
  const table =
    n.kind === 'InsertQueryNode'
      ? n.into
      : n.kind === 'UpdateQueryNode'
        ? n.table
        : n.kind === 'DeleteQueryNode'
          ? n.from?.froms?.[0]
          : undefined;
  const target = table?.kind === 'AliasNode' ? table.node : table;
  return target?.table?.identifier?.name;
}

/** A Kysely plugin that calls `onWrite` after any insert, update, delete or raw query on an identity table. */
export class IdentityWritePlugin implements KyselyPlugin {
  private readonly writes = new WeakSet<object>();
  constructor(private readonly onWrite: () => void) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const kind = args.node.kind;
    if (kind === 'RawNode' || (kind !== 'SelectQueryNode' && IDENTITY_TABLES.has(tableOf(args.node) ?? '')))
      this.writes.add(args.queryId);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writes.has(args.queryId)) this.onWrite();
    return args.result;
  }
}
