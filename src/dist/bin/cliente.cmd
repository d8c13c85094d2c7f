@echo off
rem A comunicacao-sockets client: connects to the server on localhost:5000 (cliente --help lists the settings).
call "%~dp0comunicacao-sockets.cmd" --spring.profiles.active=client %*
exit /b %ERRORLEVEL%
