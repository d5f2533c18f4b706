#include "PgCatalogQueries.h"

namespace strata::modeler::live::PgCatalogQueries {

namespace {

// The schemas read: every one but the system ones, or those asked for. `n` is pg_namespace.
const char *const schemaFilter = R"(
  n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname !~ '^pg_(toast_)?temp_'
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[])))";

// Objects an extension created are the extension's, not the schema's.
QString notInExtension(const char *classTable, const char *oid)
{
    return QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = '%1'::pg_catalog.regclass "
                          "AND x.objid = %2 AND x.deptype = 'e')")
        .arg(QLatin1String(classTable), QLatin1String(oid));
}

QString filtered(const char *sql, const QString &more = {})
{
    return QString::fromLatin1(sql) + QLatin1String(schemaFilter) + more;
}

} // namespace

QString schemas()
{
    return filtered(R"(SELECT n.nspname AS name, pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_catalog.pg_namespace n WHERE)") + QStringLiteral(" ORDER BY n.nspname");
}

QString types()
{
    return filtered(R"(SELECT t.oid, n.nspname AS schema, t.typname AS name, t.typtype AS kind,
  (SELECT pg_catalog.json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) AS labels,
  pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type, t.typbasetype AS base_oid, t.typnotnull AS not_null,
  t.typdefault AS default_expr,
  CASE WHEN t.typcollation <> b.typcollation THEN co.collname END AS collation,
  pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
WHERE t.typtype IN ('e', 'd') AND)", notInExtension("pg_type", "t.oid")) + QStringLiteral(" ORDER BY n.nspname, t.typname");
}

QString sequences()
{
    return filtered(R"(SELECT c.oid, n.nspname AS schema, c.relname AS name, pg_catalog.format_type(s.seqtypid, NULL) AS type,
  s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max, s.seqcache AS cache, s.seqcycle AS cycle,
  d.refobjid AS owner_oid, a.attname AS owner_column, d.deptype AS dependency,
  pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE)", notInExtension("pg_class", "c.oid")) + QStringLiteral(" ORDER BY n.nspname, c.relname");
}

QString relations()
{
    return filtered(R"(SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
  c.relpersistence = 'u' AS unlogged, c.relispartition AS is_partition,
  CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
  CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
  (SELECT pg_catalog.json_agg(i.inhparent::pg_catalog.int8 ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid) AS parents,
  CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END AS definition,
  (SELECT pg_catalog.substring(o, 14) FROM pg_catalog.unnest(c.reloptions) o WHERE o LIKE 'check_option=%') AS check_option,
  pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND)", notInExtension("pg_class", "c.oid")) + QStringLiteral(" ORDER BY n.nspname, c.relname");
}

QString columns()
{
    return filtered(R"(SELECT a.attrelid AS table_oid, a.attnum, a.attname AS name,
  pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
  CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END AS element_oid,
  a.attnotnull AS not_null, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
  a.attidentity AS identity, a.attgenerated AS generated,
  CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
  pg_catalog.col_description(a.attrelid, a.attnum) AS comment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND)")
        + QStringLiteral(" ORDER BY a.attrelid, a.attnum");
}

QString constraints()
{
    return filtered(R"(SELECT c.oid, c.conrelid AS table_oid, c.contypid AS type_oid, c.conname AS name, c.contype AS kind,
  c.condeferrable AS deferrable, c.condeferred AS deferred, c.connoinherit AS no_inherit, c.conparentid <> 0 AS cloned,
  pg_catalog.array_to_json(c.conkey) AS columns, pg_catalog.array_to_json(c.confkey) AS referenced_columns,
  c.confrelid AS referenced_oid, c.confupdtype AS on_update, c.confdeltype AS on_delete, c.confmatchtype AS match,
  CASE WHEN c.contype = 'c' THEN pg_catalog.pg_get_expr(c.conbin, c.conrelid) END AS expression,
  pg_catalog.pg_get_constraintdef(c.oid) AS definition,
  (SELECT pg_catalog.json_agg(i.indkey[k] ORDER BY k) FROM pg_catalog.pg_index i,
     pg_catalog.generate_series(i.indnkeyatts, i.indnatts - 1) k WHERE i.indexrelid = c.conindid AND c.contype IN ('p', 'u')) AS include,
  pg_catalog.obj_description(c.oid, 'pg_constraint') AS comment
FROM pg_catalog.pg_constraint c
JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
WHERE c.contype IN ('p', 'u', 'c', 'f', 'x') AND)") + QStringLiteral(" ORDER BY c.conrelid, c.contypid, c.conname");
}

QString indexes()
{
    return filtered(R"(SELECT i.indexrelid AS oid, i.indrelid AS table_oid, ic.relname AS name, i.indisunique AS is_unique,
  am.amname AS method, pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
  (SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
      'attnum', i.indkey[k],
      'expression', CASE WHEN i.indkey[k] = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, false) END,
      'option', i.indoption[k],
      -- An expression's own collation is not in the catalog; the index definition shows a COLLATE
      -- only where the key's differs from it, as pg_dump does.
      'collation', CASE WHEN i.indkey[k] = 0 THEN CASE WHEN pg_catalog.strpos(pg_catalog.pg_get_indexdef(i.indexrelid),
                          pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, false) || ' COLLATE ') > 0 THEN co.collname END
                        WHEN i.indcollation[k] <> 0 AND i.indcollation[k] <> a.attcollation THEN co.collname END,
      'opclass', CASE WHEN NOT opc.opcdefault THEN opc.opcname END) ORDER BY k)
   FROM pg_catalog.generate_series(0, i.indnkeyatts - 1) k
   LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k] AND i.indkey[k] <> 0
   LEFT JOIN pg_catalog.pg_collation co ON co.oid = i.indcollation[k]
   LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k]) AS keys,
  (SELECT pg_catalog.json_agg(i.indkey[k] ORDER BY k) FROM pg_catalog.generate_series(i.indnkeyatts, i.indnatts - 1) k) AS include,
  pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
  pg_catalog.obj_description(i.indexrelid, 'pg_class') AS comment
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = tc.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE tc.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
  AND)") + QStringLiteral(" ORDER BY i.indrelid, ic.relname");
}

QString unsupported()
{
    // Each kind the model has no place for, by schema and name; extension members are the extension's.
    return QStringLiteral(R"(SELECT * FROM (
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
  n.nspname AS schema, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE %1 %2
UNION ALL
SELECT 'trigger', n.nspname, t.tgname || ' on ' || c.relname
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND %1
UNION ALL
SELECT 'rule', n.nspname, r.rulename || ' on ' || c.relname
FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND %1
UNION ALL
SELECT 'policy', n.nspname, p.polname || ' on ' || c.relname
FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE %1
UNION ALL
SELECT CASE t.typtype WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'base type' END, n.nspname, t.typname
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('c', 'r', 'b') AND t.typelem = 0 AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
  AND %1 %3
UNION ALL
SELECT 'collation', n.nspname, c.collname FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace WHERE %1 %4
UNION ALL
SELECT 'statistics object', n.nspname, s.stxname FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace WHERE %1
UNION ALL
SELECT 'extension', n.nspname, e.extname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql' AND %1
) o ORDER BY schema, kind, name)")
        .arg(QLatin1String(schemaFilter), notInExtension("pg_proc", "p.oid"), notInExtension("pg_type", "t.oid"),
             notInExtension("pg_collation", "c.oid"));
}

} // namespace strata::modeler::live::PgCatalogQueries
