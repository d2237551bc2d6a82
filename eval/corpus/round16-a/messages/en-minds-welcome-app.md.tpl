Welcome to Minds!

We are an open source and decentralized social network for Internet freedom. You earn tokens for your contributions to the network. Your tokens can be used to boost your content for more views, or wire to other channels you support in exchange for custom rewards.

If you haven’t already, make sure to design your <a href="https://www.minds.com/<?php echo $vars['username'] ?>?__e_ct_guid=<?= $vars['guid']?>&campaign=welcome">channel</a>, subscribe to <a href="https://www.minds.com/channels/top?__e_ct_guid=<?= $vars['guid']?>&campaign=welcome">others</a> and download our mobile app for the best user experience.

<p>
    <a href="https://itunes.apple.com/us/app/minds-com/id961771928?ls=1&mt=8" style="text-decoration: none">
        <img src="<?php echo $vars['cdn_assets_url']; ?>assets/ext/appstore.png" width="142" alt="Apple App Store"/>
    </a>
    <a href="https://play.google.com/store/apps/details?id=com.minds.mobile" style="text-decoration: none">
        <img src="<?php echo $vars['cdn_assets_url']; ?>assets/ext/playstore.png" width="142" alt="Google Play"/>
    </a>
</p>

Thanks for being a pioneer for the free and open internet.
