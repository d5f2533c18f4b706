// The one undo command for the model's objects: it puts an object (a table, view, enum, domain,
// sequence, schema or diagram) by id to a state before or after the edit, where "no state" means
// the object does not exist. Adding, editing and deleting are the same command; composite edits
// (delete a table and the foreign keys that point at it) are a parent command with these as children.
#pragma once

#include "modeler/ui/ModelDocument.h"

#include <QUndoCommand>

#include <algorithm>
#include <optional>

namespace strata::modeler::ui {

namespace detail {

inline QList<Table> &objects(Model &m, const Table *) { return m.tables; }
inline QList<View> &objects(Model &m, const View *) { return m.views; }
inline QList<EnumType> &objects(Model &m, const EnumType *) { return m.enums; }
inline QList<Domain> &objects(Model &m, const Domain *) { return m.domains; }
inline QList<Sequence> &objects(Model &m, const Sequence *) { return m.sequences; }
inline QList<Schema> &objects(Model &m, const Schema *) { return m.schemas; }
inline QList<Diagram> &objects(Model &m, const Diagram *) { return m.diagrams; }

inline void describe(ModelChange &c, const Table *, const QString &id) { c.tables.insert(id); }
inline void describe(ModelChange &c, const View *, const QString &id) { c.views.insert(id); }
inline void describe(ModelChange &c, const Diagram *, const QString &id) { c.diagrams.insert(id); }
template <typename T>
void describe(ModelChange &c, const T *, const QString &) { c.types = true; }

} // namespace detail

template <typename T>
class ObjectCommand : public QUndoCommand
{
public:
    /// `before` and `after` are the object's states (nullopt: not there); both name the same id.
    ObjectCommand(ModelDocument *document, std::optional<T> before, std::optional<T> after, const QString &text,
                  QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        m_id = m_after ? m_after->id : m_before->id;
        if (m_before) {
            const QList<T> &list = detail::objects(document->editableModel(), static_cast<const T *>(nullptr));
            const auto it = std::find_if(list.begin(), list.end(), [&](const T &o) { return o.id == m_id; });
            m_index = it == list.end() ? -1 : int(it - list.begin());
        }
    }

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const std::optional<T> &state)
    {
        QList<T> &list = detail::objects(m_document->editableModel(), static_cast<const T *>(nullptr));
        const auto it = std::find_if(list.begin(), list.end(), [&](const T &o) { return o.id == m_id; });
        if (state && it != list.end()) {
            *it = *state;
        } else if (state) {
            // Back where it was, so that the file does not change order on undo.
            list.insert(m_index < 0 ? list.size() : std::min<qsizetype>(m_index, list.size()), *state);
        } else if (it != list.end()) {
            m_index = int(it - list.begin());
            list.erase(it);
        }
        ModelChange change;
        detail::describe(change, static_cast<const T *>(nullptr), m_id);
        m_document->noteChange(change);
    }

    ModelDocument *m_document;
    std::optional<T> m_before, m_after;
    QString m_id;
    int m_index = -1;
};

} // namespace strata::modeler::ui
