# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for CTest: every committed seed first, then a search bounded by RUNS executions
# and SECONDS. libFuzzer writes the inputs it finds into the first corpus folder only, so that is a fresh one
# in the build tree (WORK); the seed folder in the source tree is only read. Inputs that crash, leak, hang or
# run out of memory are kept in FINDINGS (crash-*, leak-*, timeout-*, oom-*), which no run clears.
#
#   cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DFINDINGS=... -DRUNS=... -DSECONDS=... [-DDICT=...] -P RunFuzzer.cmake
foreach(var FUZZER SEEDS WORK FINDINGS RUNS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzzer.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}" "${FINDINGS}")
set(options -runs=${RUNS} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix=${FINDINGS}/)
if(DICT)
    list(APPEND options -dict=${DICT})
endif()

execute_process(COMMAND "${FUZZER}" ${options} "${WORK}" "${SEEDS}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} stopped with '${rc}'. The input is in ${FINDINGS}/ (crash-*, leak-*, "
                        "timeout-* or oom-*); replay it with: ${FUZZER} ${FINDINGS}/<file>")
endif()
file(GLOB found "${WORK}/*")
list(LENGTH found count)
message(STATUS "no findings; ${count} new inputs in ${WORK}")
