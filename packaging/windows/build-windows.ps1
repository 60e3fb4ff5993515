# Windows release build of zqdesk: one-folder bundle (PyInstaller), portable zip, installer
# (Inno Setup 6), SHA-256/SM3 sums. Run on a Windows 10/11 x64 machine with network access to
# PyPI, from the repository root:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
#
# Needs: Python 3.11 x64 (python.org installer, "py" launcher), Inno Setup 6 (iscc.exe on
# PATH or in its default folder; without it the installer step is skipped). See README.md here.
param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11")
)
$ErrorActionPreference = "Stop"
$repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$work = Join-Path $repo "build\windows"
$dist = Join-Path $repo "dist\windows"
$venv = Join-Path $work "venv"
$version = (Select-String -Path (Join-Path $repo "zqdesk\__init__.py") -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
$started = Get-Date

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed ($LASTEXITCODE)" }
}

# 1. A clean build environment from the pinned, hashed locks (no other package index).
Remove-Item -Recurse -Force $work, $dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $work, $dist | Out-Null
Run $Python ($PythonArgs + @("-m", "venv", $venv))
$py = Join-Path $venv "Scripts\python.exe"
$env:PIP_CONFIG_FILE = "NUL"
Run $py @("-m", "pip", "install", "--quiet", "--no-deps", "--require-hashes",
          "-r", (Join-Path $repo "packaging\requirements\runtime.txt"),
          "-r", (Join-Path $repo "packaging\requirements\build-windows.txt"))
Run $py @("-m", "pip", "check")

# 2. Stage the sources the bundle is built from, and compile the translation there.
$src = Join-Path $work "src"
New-Item -ItemType Directory -Force (Join-Path $src "packaging") | Out-Null
foreach ($folder in "zqdesk", "db", "resources", "ui") {
    Copy-Item -Recurse (Join-Path $repo $folder) (Join-Path $src $folder)
}
foreach ($item in "pyinstaller", "icons", "elfinfo.py", "sums.py") {
    Copy-Item -Recurse (Join-Path $repo "packaging\$item") (Join-Path $src "packaging\$item")
}
Get-ChildItem -Recurse -Directory -Filter __pycache__ $src | Remove-Item -Recurse -Force
Push-Location $src
try {
    Run $py @("packaging\pyinstaller\compile_messages.py")
    # 3. The bundle: dist\windows\zqdesk\ (zqdesk.exe, zqdesk-cli.exe, zqdesk-sums.exe, _internal\)
    Run $py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", $dist,
              "--workpath", (Join-Path $work "pyi"), "packaging\pyinstaller\zqdesk.spec")
} finally { Pop-Location }
$bundle = Join-Path $dist "zqdesk"

# 4. Smoke test of the bundle alone: the demo meeting and an audit check, in a scratch data folder.
$env:ZQDESK_HOME = Join-Path $work "smoke-home"
Run (Join-Path $bundle "zqdesk-cli.exe") @("--db", (Join-Path $work "smoke.sqlite3"), "demo")
$env:ZQDESK_PASSWORD = "Shenji@2027"
Run (Join-Path $bundle "zqdesk-cli.exe") @("--db", (Join-Path $work "smoke.sqlite3"), "--user", "shenji", "audit", "verify")
Remove-Item Env:ZQDESK_HOME, Env:ZQDESK_PASSWORD

# 5. Portable zip and installer.
$zip = Join-Path $dist "zqdesk-$version-windows-x64.zip"
Compress-Archive -Path $bundle -DestinationPath $zip -CompressionLevel Optimal
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($candidate in "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                           "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") {
        if (Test-Path $candidate) { $iscc = $candidate; break }
    }
}
if ($iscc) {
    Run $iscc @("/Qp", "/DAppVersion=$version", "/DBundleDir=$bundle", "/DOutputDir=$dist",
                "/DRepoDir=$repo", (Join-Path $PSScriptRoot "zqdesk.iss"))
} else {
    Write-Warning "Inno Setup 6 not found: no installer built (the zip is complete on its own)"
}
Copy-Item (Join-Path $repo "packaging\INSTALL.zh.md") $dist

# 6. Sums over what goes on the stick.
$files = Get-ChildItem $dist -File | Where-Object { $_.Name -notin "SHA256SUMS", "SM3SUMS" } | ForEach-Object { $_.FullName }
Run $py (@((Join-Path $repo "packaging\sums.py"), "write", $dist) + $files)
$size = "{0:N1} MB" -f ((Get-ChildItem -Recurse $bundle | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "done in $([int]((Get-Date) - $started).TotalSeconds) s: bundle $size; $dist"
