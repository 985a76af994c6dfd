<?php declare(strict_types=1);

namespace App;

use Nette\Bootstrap\Configurator;
use Tracy\Debugger;

final class Bootstrap
{
    public static function boot(): Configurator
    {
        $configurator = new Configurator();
        $appDir = __DIR__;
        $configurator->setDebugMode(getenv('APP_DEBUG') === '1');
        $configurator->enableTracy($appDir . '/../log');
        Debugger::$logSeverity = E_ALL;
        $configurator->setTempDirectory($appDir . '/../temp');
        $configurator->addStaticParameters(['appDir' => $appDir, 'consoleMode' => PHP_SAPI === 'cli']);
        $configurator->addDynamicParameters(['env' => getenv()]);
        $configurator->addConfig($appDir . '/../config/common.neon');
        return $configurator;
    }
}
