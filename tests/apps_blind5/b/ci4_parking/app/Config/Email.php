<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Email extends BaseConfig
{
    public string $fromEmail  = 'noreply@citypark.example';
    public string $fromName   = 'CityPark';
    public string $recipients = '';
    public string $userAgent  = 'CodeIgniter';
    public string $protocol   = 'smtp';
    public string $SMTPHost   = 'email-smtp.eu-west-2.amazonaws.com';
    public string $SMTPUser   = '';
    public string $SMTPPass   = '';
    public int $SMTPPort      = 587;
    public int $SMTPTimeout   = 10;
    public string $SMTPCrypto = 'tls';
    public string $mailType   = 'html';
    public string $charset    = 'UTF-8';
    public bool $validate     = true;
}
