# SPDX-License-Identifier: GPL-3.0-or-later
# Finds SQLCipher and proves, by running a tiny program against it, that it is 4.5 or later.
# Defines the imported target SQLCipher::SQLCipher and SQLCIPHER_VERSION.
# The SQLite version in sqlite3.h says nothing about SQLCipher's own, so ask the library itself.

find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER_PC REQUIRED IMPORTED_TARGET sqlcipher)

if(NOT SQLCIPHER_VERSION)
    set(_probe_dir "${CMAKE_BINARY_DIR}/sqlcipher-probe")
    file(WRITE "${_probe_dir}/probe.cpp" [=[
#include <sqlite3.h>
#include <cstdio>
int main()
{
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) != SQLITE_OK)
        return 2;
    if (sqlite3_step(st) == SQLITE_ROW)
        std::printf("%s\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
]=])
    try_run(_run_result _compile_result
        "${_probe_dir}/build" "${_probe_dir}/probe.cpp"
        CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${SQLCIPHER_PC_INCLUDE_DIRS}"
        COMPILE_DEFINITIONS -DSQLITE_HAS_CODEC
        LINK_LIBRARIES ${SQLCIPHER_PC_LINK_LIBRARIES}
        COMPILE_OUTPUT_VARIABLE _compile_out
        RUN_OUTPUT_VARIABLE _run_out)
    if(NOT _compile_result OR NOT _run_result EQUAL 0)
        message(FATAL_ERROR "Could not build or run a test program against SQLCipher:\n${_compile_out}\n${_run_out}")
    endif()
    string(REGEX MATCH "^[0-9]+\\.[0-9]+\\.[0-9]+" _version "${_run_out}")
    if(NOT _version)
        message(FATAL_ERROR
            "The library found as 'sqlcipher' (${SQLCIPHER_PC_LINK_LIBRARIES}) reports no cipher_version: "
            "it is plain SQLite, not SQLCipher.")
    endif()
    set(SQLCIPHER_VERSION "${_version}" CACHE INTERNAL "SQLCipher version found")
endif()

if(SQLCIPHER_VERSION VERSION_LESS 4.5)
    set(_found "${SQLCIPHER_VERSION}")
    unset(SQLCIPHER_VERSION CACHE)
    message(FATAL_ERROR
        "Continuum needs SQLCipher 4.5 or later, found ${_found}. "
        "On Debian 12 the main suite has only 3.4.1; run .ci/install-deps as root, which installs "
        "4.x from bookworm-backports.")
endif()
message(STATUS "SQLCipher ${SQLCIPHER_VERSION}")

if(NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE PkgConfig::SQLCIPHER_PC)
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
endif()
