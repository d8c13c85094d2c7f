@echo off
rem Starts comunicacao-sockets with the Java it finds (JAVA_HOME, then the PATH), which must be 17
rem or newer. Arguments are passed on, and so are the JVM options in JAVA_OPTS, which come last.
rem Fast start: the first run on a given Java records, once, the classes the application loads in
rem cds\ (class data sharing); every run starts from them. The JIT stops at its first tier and the
rem GC is the serial one: both start faster, and a chat needs no more.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo Java nao foi encontrado. Instale o Java 17 ou mais novo ^(por exemplo de https://adoptium.net^) ou defina JAVA_HOME. 1>&2
  exit /b 1
)
set "JVER="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined JVER set "JVER=%%~v"
for /f "tokens=1,2 delims=." %%a in ("%JVER%") do (
  set "MAJOR=%%a"
  set "MINOR=%%b"
)
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if %MAJOR% LSS 17 (
  echo Este programa precisa do Java 17 ou mais novo, e "%JAVA%" e o Java %JVER%. Instale o Java 17 ou mais novo ou aponte JAVA_HOME para ele. 1>&2
  exit /b 1
)
set "JAR=%APP_HOME%\lib\comunicacao-sockets-@project.version@.jar"
set "CONFIG=--spring.config.additional-location=optional:file:%APP_HOME%/config/"
set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds*=off -Xlog:class+path=off"
set "ARCHIVE=%APP_HOME%\cds\comunicacao-sockets-java-%JVER%.jsa"
set "ANSWER_ONLY="
for %%a in (%*) do (
  if "%%~a"=="--help" set "ANSWER_ONLY=1"
  if "%%~a"=="-h" set "ANSWER_ONLY=1"
  if "%%~a"=="--version" set "ANSWER_ONLY=1"
)
if not defined ANSWER_ONLY if not exist "%ARCHIVE%" (
  if not exist "%APP_HOME%\cds" mkdir "%APP_HOME%\cds" 2>nul
  echo Preparando o inicio rapido deste Java ^(so na primeira vez, alguns segundos^)... 1>&2
  "%JAVA%" "-XX:ArchiveClassesAtExit=%ARCHIVE%" %OPTIONS% -Dspring.context.exit=onRefresh -jar "%JAR%" "%CONFIG%" --spring.shell.interactive.enabled=false --chat.port=0 --server.port=0 "--logging.file.name=%APP_HOME%\cds\training.log" >nul 2>&1
  if errorlevel 1 del "%ARCHIVE%" 2>nul
)
if exist "%ARCHIVE%" set "OPTIONS=%OPTIONS% -XX:SharedArchiveFile=%ARCHIVE%"
"%JAVA%" %OPTIONS% %JAVA_OPTS% -jar "%JAR%" "%CONFIG%" %*
exit /b %ERRORLEVEL%
