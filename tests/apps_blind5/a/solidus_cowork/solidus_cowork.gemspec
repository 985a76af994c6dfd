# frozen_string_literal: true

require_relative 'lib/solidus_cowork/version'

Gem::Specification.new do |spec|
  spec.name = 'solidus_cowork'
  spec.version = SolidusCowork::VERSION
  spec.authors = ['Deskhive']
  spec.summary = 'Desk bookings, member house accounts and DoorPay kiosks for Solidus co-working stores'
  spec.license = 'BSD-3-Clause'
  spec.required_ruby_version = '>= 3.0'

  spec.files = Dir['{app,config,db,lib}/**/*', 'LICENSE', 'README.md']
  spec.add_dependency 'solidus_core', ['>= 4.0', '< 5']
  spec.add_dependency 'solidus_support', '~> 0.11'
  spec.add_dependency 'faraday', '~> 2.9'
  spec.add_development_dependency 'solidus_dev_support', '~> 2.7'
end
