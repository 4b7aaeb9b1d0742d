# Writes a man page (roff) from the figcheck binary's own --help text, so the page says what the
# help says. Run by the build: cmake -DFIGCHECK=bin -DSUBCOMMAND=check|"" -DVERSION=x -DOUTPUT=file
#   -P man_page.cmake
if("${SUBCOMMAND}" STREQUAL "")
  execute_process(COMMAND ${FIGCHECK} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  set(name "figcheck")
  set(summary "check the money figures of news articles")
else()
  execute_process(COMMAND ${FIGCHECK} ${SUBCOMMAND} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  set(name "figcheck-${SUBCOMMAND}")
  string(REGEX MATCH "^[^\n]*" summary "${help}")
  string(TOLOWER "${summary}" summary)
endif()
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${FIGCHECK} ${SUBCOMMAND} --help failed (${status})")
endif()
string(TOUPPER "${name}" title)
# roff: a backslash is written \e; a line starting with . or ' is protected with \&.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
file(WRITE ${OUTPUT}
".TH ${title} 1 \"\" \"figcheck ${VERSION}\" \"figcheck manual\"\n"
".SH NAME\n${name} \\- ${summary}\n"
".SH DESCRIPTION\nThe text of \\fB${name}\\fR's \\fB--help\\fR, as the binary prints it.\n"
".PP\n.nf\n${help}.fi\n"
".SH SEE ALSO\nThe documentation in share/doc/figcheck (README.md, CHANGELOG.md).\n")
