@echo off
rem Stroma Workbench launcher for Windows.
rem   stroma                      open the workbench (workspace: -data DIR, or the default below)
rem   stroma ^<command^> [options]  run a headless command, no display needed (stroma help)
rem Needs a Java runtime 21 or newer: STROMA_JAVA_HOME, JAVA_HOME or java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"

set "JAVA="
if defined STROMA_JAVA_HOME if exist "%STROMA_JAVA_HOME%\bin\java.exe" set "JAVA=%STROMA_JAVA_HOME%\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava

set "JMAJOR="
for /f "tokens=3" %%V in ('"!JAVA!" -version 2^>^&1 ^| findstr /i /c:"version"') do (
    for /f "delims=.-" %%M in ("%%~V") do if not defined JMAJOR set "JMAJOR=%%M"
)
if not defined JMAJOR goto nojava
if !JMAJOR! LSS 21 goto oldjava

set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
    echo stroma: this folder is not a complete Stroma Workbench installation ^(no Equinox launcher in %HERE%plugins^) 1>&2
    exit /b 3
)

set "FIRST=%~1"
if "!FIRST!"=="" goto workbench
if "!FIRST:~0,1!"=="-" goto workbench

"!JAVA!" -Djava.awt.headless=true %STROMA_VMARGS% -jar "!LAUNCHER!" -application org.stroma.cli.app -data @none -nosplash %*
exit /b !ERRORLEVEL!

:workbench
set "HASDATA="
for %%A in (%*) do if /i "%%~A"=="-data" set "HASDATA=1"
if defined HASDATA (
    "!JAVA!" %STROMA_VMARGS% -jar "!LAUNCHER!" %*
    exit /b !ERRORLEVEL!
)
set "WORKSPACE=%LOCALAPPDATA%\Stroma Workbench\workspace"
if not exist "!WORKSPACE!" mkdir "!WORKSPACE!"
"!JAVA!" %STROMA_VMARGS% -jar "!LAUNCHER!" -data "!WORKSPACE!" %*
exit /b !ERRORLEVEL!

:oldjava
echo stroma: Stroma Workbench needs Java 21 or newer; the Java found is too old: !JAVA! (Java !JMAJOR!) 1>&2
goto install

:nojava
echo stroma: Stroma Workbench needs Java 21 or newer and none was found. 1>&2

:install
echo Install a JDK 21+ (for example Eclipse Temurin 21 from adoptium.net), then run stroma again, 1>&2
echo or set STROMA_JAVA_HOME to its folder. 1>&2
exit /b 3
