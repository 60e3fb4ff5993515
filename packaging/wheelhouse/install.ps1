# 离线安装 zqdesk（wheelhouse 方式）/ Offline install of zqdesk from this folder alone.
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Target 目录]
# 需要本机已安装 64 位 Python 3.11（python.org 安装包，勾选 "py launcher"）。
param(
    [string]$Target = (Join-Path $env:LOCALAPPDATA "zqdesk\app")
)
$ErrorActionPreference = "Stop"
$here = $PSScriptRoot
$py = Get-Command py -ErrorAction SilentlyContinue
if ($py) { $python = @("py", "-3.11") } else { $python = @("python") }
& $python[0] $python[1..9] -c "import sys, struct; sys.exit(sys.version_info[:2] != (3, 11) or struct.calcsize('P') != 8)"
if ($LASTEXITCODE -ne 0) { throw "需要 64 位 Python 3.11 / 64-bit Python 3.11 needed" }
# 校验文件 / check the copied files against SHA256SUMS
Get-Content (Join-Path $here "SHA256SUMS") | ForEach-Object {
    $expected, $name = $_ -split "  ", 2
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath (Join-Path $here $name)).Hash.ToLower()
    if ($actual -ne $expected) { throw "文件校验失败，请重新拷贝：$name" }
}
& $python[0] $python[1..9] -m venv $Target
& (Join-Path $Target "Scripts\python.exe") -m pip install --isolated --disable-pip-version-check --no-index `
    --find-links (Join-Path $here "wheels") --require-hashes --only-binary=:all: -r (Join-Path $here "requirements.txt")
if ($LASTEXITCODE -ne 0) { throw "安装失败 / install failed" }
# 开始菜单快捷方式 / Start-menu shortcut
$menu = Join-Path ([Environment]::GetFolderPath("Programs")) "智慧钦州评审桌面.lnk"
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut($menu)
$link.TargetPath = Join-Path $Target "Scripts\zqdesk.exe"
$link.WorkingDirectory = $env:USERPROFILE
$link.Save()
Write-Host "已安装：$Target；开始菜单“智慧钦州评审桌面”。命令行：$Target\Scripts\zqdesk-cli.exe"
