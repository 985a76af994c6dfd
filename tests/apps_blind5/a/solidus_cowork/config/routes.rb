# frozen_string_literal: true

Spree::Core::Engine.routes.draw do
  namespace :admin do
    resources :desk_bookings, only: %i[index] do
      member do
        post :check_in
      end
      collection do
        post :kiosk_sale
        get :export
      end
    end
  end

  namespace :api, defaults: { format: 'json' } do
    resources :desk_bookings, only: %i[index create destroy]
  end
end
