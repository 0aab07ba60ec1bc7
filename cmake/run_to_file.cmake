# cmake -DCOMMAND="prog;arg..." -DOUTPUT=file -P run_to_file.cmake: runs COMMAND, writes its
# stdout to OUTPUT, fails when it fails (no shell redirection, so it works with any generator).
execute_process(COMMAND ${COMMAND} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "${COMMAND} failed: ${status}")
endif()
