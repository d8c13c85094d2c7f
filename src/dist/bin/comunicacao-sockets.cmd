@echo off
rem Starts comunicacao-sockets with the Java it finds (JAVA_HOME, then the PATH), which must be 17
rem or newer. Arguments are passed on, and so are the JVM options in JAVA_OPTS, which come last.
rem Fast start: the first run on a given Java records, once, what the application loads in cds\,
rem and every run starts from it: on Java 24 and newer the JDK's ahead-of-time cache (classes
rem loaded and linked), on Java 17 to 23 class data sharing (classes loaded). The JIT stops at its
rem first tier and the GC is the serial one: both start faster, and a chat needs no more.
rem Labels rather than ( ) blocks: a folder such as "Program Files (x86)" would end a block early.
setlocal
set "APP_HOME=%~dp0.."

set "JAVA=java.exe"
if not defined JAVA_HOME goto askJava
set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA%" goto askJava
echo JAVA_HOME aponta para %JAVA_HOME%, onde nao ha bin\java.exe. Corrija JAVA_HOME ou instale o Java 17 ou mais novo (por exemplo de https://adoptium.net). 1>&2
exit /b 1

:askJava
rem "call" first: cmd /c would strip the quotes of a command line that starts with one.
rem The line that reads 'version "17.0.15"', whatever JAVA_TOOL_OPTIONS printed before it; none
rem when there is no java.exe on the PATH.
set "JVER="
for /f "tokens=2,3" %%u in ('call "%JAVA%" -version 2^>^&1') do if not defined JVER if /i "%%u"=="version" set "JVER=%%~v"
if defined JVER goto javaAnswered
if defined JAVA_HOME goto javaTooOld
echo Java nao foi encontrado. Instale o Java 17 ou mais novo (por exemplo de https://adoptium.net) ou defina JAVA_HOME. 1>&2
exit /b 1

:javaAnswered
set "MAJOR=0"
for /f "tokens=1,2 delims=." %%a in ("%JVER%") do set "MAJOR=%%a" & if "%%a"=="1" set "MAJOR=%%b"
if %MAJOR% GEQ 17 goto javaRecent

:javaTooOld
if not defined JVER set "JVER=desconhecido"
echo Este programa precisa do Java 17 ou mais novo, e %JAVA% e o Java %JVER%. Instale o Java 17 ou mais novo (por exemplo de https://adoptium.net) ou aponte JAVA_HOME para ele. 1>&2
exit /b 1

:javaRecent
set "JAR=%APP_HOME%\lib\comunicacao-sockets-@project.version@.jar"
set "CONFIG=--spring.config.additional-location=optional:file:%APP_HOME%/config/"
set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds*=off -Xlog:class+path=off"
set "ARCHIVE=%APP_HOME%\cds\comunicacao-sockets-java-%JVER%.jsa"
set "USE_ARCHIVE=-XX:SharedArchiveFile=%ARCHIVE%"
if %MAJOR% LSS 24 goto archiveChosen
set "ARCHIVE=%APP_HOME%\cds\comunicacao-sockets-java-%JVER%.aot"
set "USE_ARCHIVE=-XX:AOTCache=%ARCHIVE%"
rem Java 25 logs the cache under "aot" (Java 24 under "cds")
if %MAJOR% GEQ 25 set "OPTIONS=%OPTIONS% -Xlog:aot*=off"

:archiveChosen
for %%a in (%*) do if "%%~a"=="--help" goto withArchive
for %%a in (%*) do if "%%~a"=="-h" goto withArchive
for %%a in (%*) do if "%%~a"=="--version" goto withArchive
if exist "%ARCHIVE%" goto withArchive
if not exist "%APP_HOME%\cds" mkdir "%APP_HOME%\cds" 2>nul
if not exist "%APP_HOME%\cds" goto withArchive
echo Preparando o inicio rapido deste Java (so na primeira vez, alguns segundos)... 1>&2
rem A training run: the application starts, with no console and on free ports, and stops at once.
set "TRAINING=-Dspring.context.exit=onRefresh -jar "%JAR%" "%CONFIG%" --spring.shell.interactive.enabled=false --chat.port=0 --server.port=0 "--logging.file.name=%APP_HOME%\cds\training.log""
if %MAJOR% GEQ 24 goto trainAotCache
"%JAVA%" "-XX:ArchiveClassesAtExit=%ARCHIVE%" %OPTIONS% %TRAINING% >nul 2>&1
if errorlevel 1 del "%ARCHIVE%" 2>nul
goto withArchive

:trainAotCache
rem JEP 483's two steps, the same on Java 24 and later: record what is loaded, then build the cache.
set "CONFIGURATION=%APP_HOME%\cds\training.aotconf"
"%JAVA%" -XX:AOTMode=record "-XX:AOTConfiguration=%CONFIGURATION%" %OPTIONS% %TRAINING% >nul 2>&1
if errorlevel 1 goto aotCacheDone
"%JAVA%" -XX:AOTMode=create "-XX:AOTConfiguration=%CONFIGURATION%" "-XX:AOTCache=%ARCHIVE%" -XX:+UseSerialGC -jar "%JAR%" >nul 2>&1
if errorlevel 1 del "%ARCHIVE%" 2>nul

:aotCacheDone
del "%CONFIGURATION%" 2>nul

:withArchive
if exist "%ARCHIVE%" set "OPTIONS=%OPTIONS% "%USE_ARCHIVE%""

"%JAVA%" %OPTIONS% %JAVA_OPTS% -jar "%JAR%" "%CONFIG%" %*
exit /b %ERRORLEVEL%
