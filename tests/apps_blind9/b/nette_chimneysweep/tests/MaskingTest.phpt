<?php declare(strict_types=1);

use App\Services\AuditLog;
use Tester\Assert;

require __DIR__ . '/../vendor/autoload.php';

Tester\Environment::setup();

Assert::same('424242******4242', AuditLog::maskPan('4242 4242 4242 4242'));
Assert::same('401288******1881', AuditLog::maskPan('4012888888881881'));
Assert::same('****', AuditLog::maskPan('1234-5678'));
Assert::same('j***@example.com', AuditLog::maskEmail('jo.sweep@example.com'));

// sweep certificate numbers are 16 digits as well; the mask does not know the difference
Assert::same('202304******0417', AuditLog::maskPan('2023041700000417'));
