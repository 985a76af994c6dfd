# frozen_string_literal: true

require 'solidus_core'
require 'solidus_support'
require 'faraday'

require 'solidus_cowork/version'
require 'solidus_cowork/configuration'
require 'solidus_cowork/access_control_client'
require 'solidus_cowork/hubspot_client'
require 'solidus_cowork/engine'
