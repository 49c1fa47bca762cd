import {
  BinaryOperationNode,
  ColumnNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  OperatorNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryResult,
  ReferenceNode,
  type RootOperationNode,
  type UnknownRow,
  ValueListNode,
  ValueNode,
} from "kysely";
import type { Store } from "../../src/store/open-store.js";

const ACCOUNT_COLUMNS = new Set(["account_id", "accountId"]);

/**
 * Test-only: the repositories' account scoping switched off. Every comparison of an `account_id`
 * column with a value (`where account_id = $1`, `… in (…)`, in WHERE, ON and HAVING alike, the
 * query builder's and search's) becomes `1 = 1`, so only row-level security is left to keep one
 * account's rows from another. Comparisons of two columns (joins on account_id) are kept, and
 * inserts still write the caller's account.
 */
export class WithoutAccountScoping implements KyselyPlugin {
  readonly #transformer = new DropAccountPredicates();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

class DropAccountPredicates extends OperationNodeTransformer {
  protected override transformBinaryOperation(node: BinaryOperationNode): BinaryOperationNode {
    if (isAccountPredicate(node))
      return BinaryOperationNode.create(
        ValueNode.createImmediate(1),
        OperatorNode.create("="),
        ValueNode.createImmediate(1),
      );
    return super.transformBinaryOperation(node);
  }
}

export function isAccountPredicate(node: BinaryOperationNode): boolean {
  const { leftOperand: left, operator, rightOperand: right } = node;
  if (!ReferenceNode.is(left) || !ColumnNode.is(left.column)) return false;
  if (!ACCOUNT_COLUMNS.has(left.column.column.name) || !OperatorNode.is(operator)) return false;
  if (operator.operator === "=") return ValueNode.is(right);
  return (
    operator.operator === "in" && (ValueListNode.is(right) || PrimitiveValueListNode.is(right))
  );
}

/** The store with every account's db stripped of the repositories' scoping (see above). */
export function withoutAccountScoping(store: Store): Store {
  const plugin = new WithoutAccountScoping();
  return { ...store, forAccount: (accountId) => store.forAccount(accountId).withPlugin(plugin) };
}
