@echo off
rem 离线安装 zqdesk（wheelhouse 方式）：双击运行，或在命令行中运行 install.bat [安装目录]
rem Offline install from this folder alone. Needs Python 3.11 (x64) installed ("py -3.11").
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
pause
