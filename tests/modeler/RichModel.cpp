#include "RichModel.h"

using namespace strata::modeler;

namespace strata::test {

namespace {

Column col(const QString &name, DataType type, bool nullable = true)
{
    Column c;
    c.id = name;
    c.name = name;
    c.type = std::move(type);
    c.nullable = nullable;
    return c;
}

DataType t(const char *spelling) { return DataType::parse(QString::fromLatin1(spelling)).value(); }

// A partitioned table with identity options, a partition declared PARTITION OF, one with its own
// columns, and an unlogged table with the newer key options.
void addAuditEvents(Model &m)
{
    const QString audit = QStringLiteral("Audit Log");
    Table event;
    event.id = QStringLiteral("Audit Log.event");
    event.schemaId = audit;
    event.name = QStringLiteral("event");
    Column id = col(QStringLiteral("id"), t("bigint"), false);
    id.identity = Identity::ByDefault;
    id.identitySequenceName = QStringLiteral("event_id_seq");
    SequenceOptions options;
    options.start = 100;
    options.increment = 5;
    options.maxValue = 1000000;
    options.cache = 10;
    options.cycle = true;
    id.identityOptions = options;
    event.columns << id << col(QStringLiteral("at"), t("timestamptz"), false) << col(QStringLiteral("payload"), t("jsonb"))
                  << col(QStringLiteral("actor"), t("text"));
    event.columns[3].collation = QStringLiteral("C");
    event.primaryKey = KeyConstraint{QStringLiteral("event_pkey"), QStringLiteral("event_pkey"),
                                     {QStringLiteral("id"), QStringLiteral("at")}, {}, false, false, false, {}};
    event.partitionKey = QStringLiteral("RANGE (at)");
    Index recent;
    recent.id = recent.name = QStringLiteral("event_at_idx");
    recent.keys << IndexKey{QStringLiteral("at"), {}, true, NullsOrder::First, {}, {}};
    event.indexes << recent;
    event.comment = QStringLiteral("What happened, partitioned by year");
    m.tables << event;

    Table year;
    year.id = QStringLiteral("Audit Log.event_2024");
    year.schemaId = audit;
    year.name = QStringLiteral("event_2024");
    year.partitionOfTableId = event.id;
    year.partitionBound = QStringLiteral("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')");
    m.tables << year;

    Table rest;
    rest.id = QStringLiteral("Audit Log.event_default");
    rest.schemaId = audit;
    rest.name = QStringLiteral("event_default");
    rest.columns << col(QStringLiteral("id"), t("bigint"), false) << col(QStringLiteral("at"), t("timestamptz"), false)
                 << col(QStringLiteral("payload"), t("jsonb")) << col(QStringLiteral("actor"), t("text"));
    rest.columns[3].collation = QStringLiteral("C");
    rest.partitionOfTableId = event.id;
    rest.partitionBound = QStringLiteral("DEFAULT");
    m.tables << rest;

    Table cache;
    cache.id = QStringLiteral("Audit Log.session_cache");
    cache.schemaId = audit;
    cache.name = QStringLiteral("session_cache");
    cache.unlogged = true;
    cache.columns << col(QStringLiteral("token"), t("uuid")) << col(QStringLiteral("created"), t("timestamp"), false)
                  << col(QStringLiteral("hits"), t("integer"), false);
    cache.columns[2].defaultExpr = QStringLiteral("0");
    cache.uniques << KeyConstraint{QStringLiteral("session_cache_token_key"), QStringLiteral("session_cache_token_key"),
                                   {QStringLiteral("token")}, {QStringLiteral("created")}, false, false, true, {}};
    cache.checks << CheckConstraint{QStringLiteral("session_cache_hits_check"), QStringLiteral("session_cache_hits_check"),
                                    QStringLiteral("hits >= 0"), true, QStringLiteral("Counts only go up")};
    m.tables << cache;
}

// What the first tables leave out: a cycle of foreign keys, an index with collation and operator
// class, a sequence owned by a column, a domain with every option, views with column lists.
void addCyclesAndOptions(Model &m)
{
    Table *customer = m.table(QStringLiteral("shop.customer"));
    customer->columns << col(QStringLiteral("last_order_id"), t("integer"));
    ForeignKey last;
    last.id = last.name = QStringLiteral("customer_last_order_fkey");
    last.columnIds = {QStringLiteral("last_order_id")};
    last.referencedTableId = QStringLiteral("shop.order");
    last.referencedColumnIds = {QStringLiteral("id")};
    last.deferrable = last.initiallyDeferred = true;
    last.comment = QStringLiteral("Closes a cycle with order.customer_id");
    customer->foreignKeys << last;
    Index byName;
    byName.id = byName.name = QStringLiteral("customer_name_pattern_idx");
    byName.keys << IndexKey{QStringLiteral("Full Name"), {}, false, NullsOrder::Default, QStringLiteral("C"),
                            QStringLiteral("varchar_pattern_ops")};
    byName.comment = QStringLiteral("For LIKE 'abc%'");
    customer->indexes << byName;

    Sequence lines;
    lines.id = QStringLiteral("shop.Line Numbers");
    lines.schemaId = QStringLiteral("shop");
    lines.name = QStringLiteral("Line Numbers");
    lines.options.type = DataType::Kind::SmallInt;
    lines.options.minValue = 1;
    lines.options.maxValue = 999;
    lines.ownedByTableId = QStringLiteral("shop.order_line");
    lines.ownedByColumnId = QStringLiteral("line_no");
    m.sequences << lines;

    Domain amount;
    amount.id = QStringLiteral("shop.amount");
    amount.schemaId = QStringLiteral("shop");
    amount.name = QStringLiteral("amount");
    amount.baseType = t("numeric(12,2)");
    amount.notNull = true;
    amount.defaultExpr = QStringLiteral("0");
    amount.checks << CheckConstraint{QStringLiteral("amount_check"), QStringLiteral("amount_check"),
                                     QStringLiteral("VALUE >= (0)::numeric"), false, QStringLiteral("Never negative")};
    amount.comment = QStringLiteral("Money in the shop's currency");
    m.domains << amount;

    View totals;
    totals.id = QStringLiteral("shop.Customer Totals");
    totals.schemaId = QStringLiteral("shop");
    totals.name = QStringLiteral("Customer Totals");
    totals.materialized = true;
    totals.columnNames = {QStringLiteral("customer"), QStringLiteral("Total Spent")};
    totals.definition = QStringLiteral(" SELECT customer_id,\n    sum(total) AS sum\n   FROM shop.\"order\"\n  GROUP BY customer_id");
    totals.comment = QStringLiteral("Refreshed nightly");
    m.views << totals;

    View pending;
    pending.id = QStringLiteral("shop.pending_orders");
    pending.schemaId = QStringLiteral("shop");
    pending.name = QStringLiteral("pending_orders");
    pending.definition = QStringLiteral(" SELECT id,\n    customer_id,\n    status\n   FROM shop.\"order\"\n  WHERE (status = 'pending'::shop.order_status)");
    pending.checkOption = QStringLiteral("LOCAL");
    m.views << pending;
}

} // namespace

Model richModel()
{
    Model m;
    m.name = QStringLiteral("Rich");
    m.comment = QStringLiteral("Every object kind Strata models");
    m.schemas = {Schema{QStringLiteral("shop"), QStringLiteral("shop"), QStringLiteral("The shop's own tables")},
                 Schema{QStringLiteral("Audit Log"), QStringLiteral("Audit Log"), {}}};

    EnumType status{QStringLiteral("shop.order_status"), QStringLiteral("shop"), QStringLiteral("order_status"),
                    {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("it's cancelled")},
                    QStringLiteral("Where an order is")};
    m.enums << status;

    Domain email;
    email.id = QStringLiteral("shop.email");
    email.schemaId = QStringLiteral("shop");
    email.name = QStringLiteral("email");
    email.baseType = t("varchar(254)");
    email.checks << CheckConstraint{QStringLiteral("email_check"), QStringLiteral("email_check"),
                                    QStringLiteral("VALUE ~~ '%@%'"), false, {}};
    m.domains << email;

    Sequence invoiceNo;
    invoiceNo.id = QStringLiteral("shop.invoice_no");
    invoiceNo.schemaId = QStringLiteral("shop");
    invoiceNo.name = QStringLiteral("invoice_no");
    invoiceNo.options.start = 1000;
    invoiceNo.options.increment = 10;
    invoiceNo.options.cache = 5;
    invoiceNo.comment = QStringLiteral("Invoice numbers");
    m.sequences << invoiceNo;

    Table customer;
    customer.id = QStringLiteral("shop.customer");
    customer.schemaId = QStringLiteral("shop");
    customer.name = QStringLiteral("customer");
    customer.comment = QStringLiteral("People who buy");
    Column id = col(QStringLiteral("id"), t("bigint"), false);
    id.identity = Identity::Always;
    customer.columns << id << col(QStringLiteral("email"), DataType::named(QStringLiteral("shop.email")), false)
                     << col(QStringLiteral("Full Name"), t("varchar(120)"), false)
                     << col(QStringLiteral("referred_by"), t("bigint"))
                     << col(QStringLiteral("created_at"), t("timestamptz"), false)
                     << col(QStringLiteral("tags"), t("text[]"));
    customer.columns[4].defaultExpr = QStringLiteral("now()");
    customer.columns[2].comment = QStringLiteral("As the customer writes it");
    customer.columns[2].collation = QStringLiteral("C");
    customer.primaryKey = KeyConstraint{QStringLiteral("customer_pkey"), QStringLiteral("customer_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    customer.uniques << KeyConstraint{QStringLiteral("customer_email_key"), QStringLiteral("customer_email_key"),
                                      {QStringLiteral("email")}, {}, true, true, false, QStringLiteral("One account per address")};
    ForeignKey referred;
    referred.id = referred.name = QStringLiteral("customer_referred_by_fkey");
    referred.columnIds = {QStringLiteral("referred_by")};
    referred.referencedTableId = QStringLiteral("shop.customer");
    referred.referencedColumnIds = {QStringLiteral("id")};
    referred.onDelete = ReferentialAction::SetNull;
    customer.foreignKeys << referred;
    Index lowerEmail;
    lowerEmail.id = lowerEmail.name = QStringLiteral("customer_lower_email_idx");
    lowerEmail.unique = true;
    lowerEmail.keys << IndexKey{{}, QStringLiteral("lower((email)::text)"), false, NullsOrder::Default, {}, {}};
    customer.indexes << lowerEmail;
    m.tables << customer;

    Table order;
    order.id = QStringLiteral("shop.order");
    order.schemaId = QStringLiteral("shop");
    order.name = QStringLiteral("order"); // a reserved word
    Column orderId = col(QStringLiteral("id"), t("integer"), false);
    orderId.serial = true;
    order.columns << orderId << col(QStringLiteral("customer_id"), t("bigint"), false)
                  << col(QStringLiteral("status"), DataType::named(QStringLiteral("shop.order_status")), false)
                  << col(QStringLiteral("total"), t("numeric(12,2)"), false)
                  << col(QStringLiteral("placed_at"), t("timestamp(3)"), false)
                  << col(QStringLiteral("total_with_tax"), t("numeric(12,2)"));
    order.columns[2].defaultExpr = QStringLiteral("'pending'::shop.order_status");
    order.columns[5].generatedExpr = QStringLiteral("(total * 1.2)");
    order.primaryKey = KeyConstraint{QStringLiteral("order_pkey"), QStringLiteral("order_pkey"), {QStringLiteral("id")}, {}, false, false, false, {}};
    order.checks << CheckConstraint{QStringLiteral("order_total_check"), QStringLiteral("order_total_check"),
                                    QStringLiteral("total >= (0)::numeric"), false, QStringLiteral("No negative orders")};
    ForeignKey buyer;
    buyer.id = buyer.name = QStringLiteral("order_customer_id_fkey");
    buyer.columnIds = {QStringLiteral("customer_id")};
    buyer.referencedTableId = QStringLiteral("shop.customer");
    buyer.referencedColumnIds = {QStringLiteral("id")};
    buyer.onDelete = ReferentialAction::Cascade;
    buyer.onUpdate = ReferentialAction::Restrict;
    order.foreignKeys << buyer;
    Index open;
    open.id = open.name = QStringLiteral("order_open_idx");
    open.keys << IndexKey{QStringLiteral("placed_at"), {}, true, NullsOrder::Last, {}, {}};
    open.includeColumnIds = {QStringLiteral("total")};
    open.where = QStringLiteral("(status = 'pending'::shop.order_status)");
    order.indexes << open;
    Index byCustomer;
    byCustomer.id = byCustomer.name = QStringLiteral("order_customer_id_idx");
    byCustomer.method = QStringLiteral("hash");
    byCustomer.keys << IndexKey{QStringLiteral("customer_id"), {}, false, NullsOrder::Default, {}, {}};
    order.indexes << byCustomer;
    m.tables << order;

    Table line;
    line.id = QStringLiteral("shop.order_line");
    line.schemaId = QStringLiteral("shop");
    line.name = QStringLiteral("order_line");
    line.columns << col(QStringLiteral("order_id"), t("integer"), false) << col(QStringLiteral("line_no"), t("smallint"), false)
                 << col(QStringLiteral("sku"), t("char(12)"), false) << col(QStringLiteral("quantity"), t("integer"), false)
                 << col(QStringLiteral("price"), t("numeric(10,2)"), false);
    line.primaryKey = KeyConstraint{QStringLiteral("order_line_pkey"), QStringLiteral("order_line_pkey"),
                                    {QStringLiteral("order_id"), QStringLiteral("line_no")}, {}, false, false, false, {}};
    ForeignKey ofOrder;
    ofOrder.id = ofOrder.name = QStringLiteral("order_line_order_id_fkey");
    ofOrder.columnIds = {QStringLiteral("order_id")};
    ofOrder.referencedTableId = QStringLiteral("shop.order");
    ofOrder.referencedColumnIds = {QStringLiteral("id")};
    ofOrder.onDelete = ReferentialAction::Cascade;
    ofOrder.deferrable = true;
    line.foreignKeys << ofOrder;
    line.checks << CheckConstraint{QStringLiteral("order_line_quantity_check"), QStringLiteral("order_line_quantity_check"),
                                   QStringLiteral("quantity > 0"), false, {}};
    m.tables << line;

    // A composite foreign key onto order_line's composite primary key, from another schema.
    Table refund;
    refund.id = QStringLiteral("Audit Log.Refund \"Requests\"");
    refund.schemaId = QStringLiteral("Audit Log");
    refund.name = QStringLiteral("Refund \"Requests\"");
    refund.columns << col(QStringLiteral("order_id"), t("integer"), false) << col(QStringLiteral("line_no"), t("smallint"), false)
                   << col(QStringLiteral("reason"), t("text")) << col(QStringLiteral("invoice"), t("bigint"), false);
    refund.columns[3].defaultExpr = QStringLiteral("nextval('shop.invoice_no'::regclass)");
    refund.primaryKey = KeyConstraint{QStringLiteral("refund_pkey"), QStringLiteral("refund_pkey"),
                                      {QStringLiteral("order_id"), QStringLiteral("line_no")}, {}, false, false, false, {}};
    ForeignKey ofLine;
    ofLine.id = ofLine.name = QStringLiteral("refund_line_fkey");
    ofLine.columnIds = {QStringLiteral("order_id"), QStringLiteral("line_no")};
    ofLine.referencedTableId = QStringLiteral("shop.order_line");
    ofLine.referencedColumnIds = {QStringLiteral("order_id"), QStringLiteral("line_no")};
    ofLine.match = MatchType::Full;
    refund.foreignKeys << ofLine;
    refund.comment = QStringLiteral("Refunds asked for, per order line");
    m.tables << refund;
    addAuditEvents(m);
    addCyclesAndOptions(m);

    View big;
    big.id = QStringLiteral("shop.big_orders");
    big.schemaId = QStringLiteral("shop");
    big.name = QStringLiteral("big_orders");
    big.definition = QStringLiteral(" SELECT o.id,\n    o.total\n   FROM shop.\"order\" o\n  WHERE (o.total > (1000)::numeric)");
    big.comment = QStringLiteral("Orders worth a look");
    m.views << big;

    Diagram main;
    main.id = QStringLiteral("main");
    main.name = QStringLiteral("Main");
    main.placements.insert(QStringLiteral("shop.customer"), Placement{QPointF(40, 40), false, {}});
    main.placements.insert(QStringLiteral("shop.order"), Placement{QPointF(360, 40), false, QStringLiteral("#ffe4b5")});
    main.notes << Note{QStringLiteral("n1"), QStringLiteral("Orders are never deleted, only cancelled."), QRectF(40, 300, 200, 60)};
    main.areas << Area{QStringLiteral("a1"), QStringLiteral("Sales"), QRectF(20, 20, 700, 260), QStringLiteral("#e0f0ff")};
    m.diagrams << main;
    return m;
}

} // namespace strata::test
