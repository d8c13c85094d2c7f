@echo off
rem The comunicacao-sockets server: waits for clients on localhost:5000 (servidor --help lists the settings).
call "%~dp0comunicacao-sockets.cmd" %*
exit /b %ERRORLEVEL%
