// The "Keys" page of the table editor: the primary key and the UNIQUE constraints, each with its
// name and its columns in order, so that composite keys are made and changed as easily as one-column
// ones. Columns are the dialog's row tokens (see KeyColumnList); the dialog turns them into ids.
#pragma once

#include "KeyColumnList.h"

#include <modeler/KeyConstraint.h>
#include <modeler/Table.h>
#include <optional>

class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata::modeler::ui {

class TableKeysPage : public QWidget
{
    Q_OBJECT

public:
    /// For a new table (`isNew`), a primary key named after the table follows the table's name.
    TableKeysPage(const Table &table, bool isNew, QWidget *parent = nullptr);

    /// The table's columns as the dialog has them now (token, name), in table order. Keys lose the
    /// columns that are gone, and a key left without columns goes.
    void setColumns(const QList<KeyColumnList::ColumnName> &columns);
    /// The table's name, for the names of keys made from now on.
    void setTableName(const QString &name);

    std::optional<KeyConstraint> primaryKey() const;
    QList<KeyConstraint> uniques() const { return m_uniques; }
    /// Adds the column to the end of the primary key (making one) or takes it out.
    void setInPrimaryKey(const QString &token, bool on);
    /// Adds a UNIQUE constraint on this one column, or drops those on exactly it.
    void setSingleUnique(const QString &token, bool on);

    // The fields, for the dialog's marks and for tests.
    QGroupBox *primaryKeyBox() const { return m_pkBox; }
    QLineEdit *primaryKeyName() const { return m_pkName; }
    KeyColumnList *primaryKeyColumns() const { return m_pkColumns; }
    QListWidget *uniqueList() const { return m_uniqueList; }
    QLineEdit *uniqueName() const { return m_uniqueName; }
    KeyColumnList *uniqueColumns() const { return m_uniqueColumns; }
    void addUnique();
    void removeUnique();

signals:
    void changed();

private:
    QWidget *buildUniques();
    void showUnique(int index);
    void refreshUniqueList();
    QString columnName(const QString &token) const;
    QString freeName(const QString &base) const;

    std::optional<KeyConstraint> m_pk; ///< kept while the box is unchecked, to come back as it was
    QList<KeyConstraint> m_uniques;
    QList<KeyColumnList::ColumnName> m_columns;
    QString m_tableName;
    bool m_isNew;
    QGroupBox *m_pkBox;
    QLineEdit *m_pkName;
    KeyColumnList *m_pkColumns;
    QListWidget *m_uniqueList;
    QLineEdit *m_uniqueName;
    KeyColumnList *m_uniqueColumns;
    QPushButton *m_removeUnique;
};

} // namespace strata::modeler::ui
