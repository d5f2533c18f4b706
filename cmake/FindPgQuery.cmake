# Finds libpg_query (Debian: libpg-query-dev), PostgreSQL's own parser as a library, and its protobuf
# tree (pg_query.pb-c.h needs protobuf-c's header; the symbols are inside libpg_query).
# Defines the imported target PgQuery::PgQuery.
find_path(PgQuery_INCLUDE_DIR pg_query.h)
find_library(PgQuery_LIBRARY NAMES pg_query)
find_path(ProtobufC_INCLUDE_DIR protobuf-c/protobuf-c.h)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR ProtobufC_INCLUDE_DIR)
if(PgQuery_FOUND AND NOT TARGET PgQuery::PgQuery)
  add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
  set_target_properties(PgQuery::PgQuery PROPERTIES
    IMPORTED_LOCATION "${PgQuery_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PgQuery_INCLUDE_DIR};${PgQuery_INCLUDE_DIR}/pg_query;${ProtobufC_INCLUDE_DIR}")
endif()
