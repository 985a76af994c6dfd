# frozen_string_literal: true

require 'solidus_support'

module SolidusCowork
  class Engine < Rails::Engine
    include SolidusSupport::EngineExtensions

    isolate_namespace ::Spree
    engine_name 'solidus_cowork'

    initializer 'solidus_cowork.add_payment_method', after: 'spree.register.payment_methods' do |app|
      app.config.spree.payment_methods << 'SolidusCowork::PaymentMethod::DoorPay'
    end

    initializer 'solidus_cowork.filter_parameters' do |app|
      app.config.filter_parameters += %i[number verification_value card_code]
    end

    config.generators do |g|
      g.test_framework :rspec
    end
  end
end
