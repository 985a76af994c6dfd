<?php

namespace Drupal\plotkeeper\Client;

class GatewayUnavailableException extends \RuntimeException {}
